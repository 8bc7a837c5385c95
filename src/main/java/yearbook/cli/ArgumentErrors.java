package yearbook.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line in the clerk's words: picocli's own messages are English
 * and name Java types ("is not an int").
 */
final class ArgumentErrors {

    private static final Pattern NOT_A_NUMBER = Pattern
        .compile("Invalid value for (?:option|positional parameter) '?([^':]+)'?: '(.*)' is not an? (?:int|long)");

    private ArgumentErrors() {
    }

    static String say(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return "缺少必填的参数 " + missing.getMissing().stream().map(ArgumentErrors::name).collect(Collectors.joining("、"))
                    + "。(" + e.getMessage() + ")";
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            String suggestions = unmatched.getSuggestions().isEmpty() ? ""
                    : ",是不是要写 " + String.join(" 或 ", unmatched.getSuggestions());
            return "不认识的参数 " + String.join(" ", unmatched.getUnmatched()) + suggestions + "。(" + e.getMessage() + ")";
        }
        Matcher m = NOT_A_NUMBER.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (m.find()) {
            return m.group(1) + " 应为数字(如 2022),收到「" + m.group(2) + "」。(" + e.getMessage() + ")";
        }
        return e.getMessage();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

}
