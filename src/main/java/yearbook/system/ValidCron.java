package yearbook.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron expression Spring's scheduler accepts (six fields: second minute hour day month
 * weekday).
 */
// a record component's field only: on its accessor too, each wrong value would be said
// twice
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCron.Check.class)
public @interface ValidCron {

    String message() default "不是有效的 cron 表达式(六项:秒 分 时 日 月 星期,如 0 0 2 5 * * 为每月 5 日 2:00)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ValidCron, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CronExpression.isValidExpression(value);
        }

    }

}
