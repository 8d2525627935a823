package cn.dangjian.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; a failed attempt gets one message whatever the reason, so it reveals nothing. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        if (error != null) {
            model.addAttribute("loginError", "用户名或密码错误，或账号已被暂时锁定（连续多次失败后须等15分钟），请稍后再试或联系安全管理员");
        }
        if (logout != null) {
            model.addAttribute("loginInfo", "您已安全退出");
        }
        return "identity/login";
    }
}
