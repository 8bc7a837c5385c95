package yearbook.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every error as a page in Chinese: the status and what to do; never a stack trace or a
 * class name.
 */
@Controller
@ConditionalOnWebApplication
class ConsoleErrorController implements ErrorController {

    private final ConsoleProperties props;

    ConsoleErrorController(ConsoleProperties props) {
        this.props = props;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable e = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (isTooLarge(e)) {
            status = 413;
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", switch (status) {
            case 413 -> "上传的文件太大:一次上报的文件合计不能超过 " + props.uploadLimitText() + "。请只选报表文件,或分几次上报。";
            case 404 -> "没有这个页面或文件。请从上方的导航重新进入。";
            case 403 -> "你的账号不能打开这个页面。";
            case 400 -> "请求有误,请返回上一页重试。";
            default -> "服务器出了问题,本次操作没有完成。请稍后再试;如反复出现,请联系统计站(详细信息已记入日志)。";
        });
        return "error";
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException) {
                return true;
            }
            String n = t.getClass().getSimpleName();
            if (n.contains("SizeLimitExceeded") || n.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

}
