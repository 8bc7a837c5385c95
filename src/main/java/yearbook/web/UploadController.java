package yearbook.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import yearbook.account.ConsoleUser;
import yearbook.account.Role;

/** 上报: choose (or drop) workbooks, get the answer of check on the same page. */
@Controller
@ConditionalOnWebApplication
class UploadController {

    private final UploadDesk desk;

    private final ConsoleProperties props;

    UploadController(UploadDesk desk, ConsoleProperties props) {
        this.desk = desk;
        this.props = props;
    }

    @GetMapping("/upload")
    String form(Model model) {
        model.addAttribute("limit", props.uploadLimitText());
        return "upload";
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal ConsoleUser me,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
        model.addAttribute("limit", props.uploadLimitText());
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("problem", "没有选择文件,或所选文件是空的。请选择要上报的工作簿。");
            return "upload";
        }
        if (me.role() == Role.REPORTER && chosen.size() > 1) {
            model.addAttribute("problem", "填报员一次上报一个文件;请逐个上报。");
            return "upload";
        }
        List<UploadDesk.Answer> answers = new ArrayList<>();
        for (MultipartFile f : chosen) {
            answers.add(desk.take(me, f.getOriginalFilename(), f.getBytes()));
        }
        model.addAttribute("answers", answers);
        return "upload";
    }

}
