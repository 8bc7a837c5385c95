package yearbook.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A setting Spring Boot could not bind (yearbook.air.ozone-rule=FOO, a duration that is
 * none) or that YearbookProperties refused (a cron expression that is none), said by its
 * name as the office writes it, the value seen and what it should look like.
 */
final class Settings {

    private Settings() {
    }

    static String wrong(BindException e) {
        if (e.getCause() instanceof BindValidationException invalid) {
            ConfigurationPropertyName prefix = invalid.getValidationErrors().getName();
            for (ObjectError error : invalid.getValidationErrors()) {
                if (error instanceof FieldError field) {
                    return prefix + "." + kebab(field.getField()) + " 的值「" + field.getRejectedValue() + "」"
                            + field.getDefaultMessage() + "。请改正 config/application.yml 或命令行的 --" + prefix + "."
                            + kebab(field.getField()) + "=…";
                }
                return prefix + ": " + error.getDefaultMessage() + "。";
            }
        }
        String value = e.getProperty() == null ? "" : String.valueOf(e.getProperty().getValue());
        Class<?> type = e.getTarget().getType().resolve(Object.class);
        return e.getName() + " 的值「" + value + "」无法识别," + expected(type) + "。请改正 config/application.yml 或命令行的 --"
                + e.getName() + "=…";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "应为 " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"))
                    + " 之一";
        }
        if (type == Duration.class) {
            return "应为时长,如 3m、90s";
        }
        if (type == DataSize.class) {
            return "应为大小,如 80MB";
        }
        if (type == ZoneId.class) {
            return "应为时区,如 Asia/Shanghai";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "应为整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        return "请检查其写法";
    }

    /** readTimeLimit → read-time-limit, as the setting is written. */
    private static String kebab(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

}
