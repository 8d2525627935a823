package cn.dangjian.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page, with the reason a previous attempt failed. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        if ("locked".equals(error)) {
            model.addAttribute("loginError", "账号已因连续多次登录失败被锁定，请15分钟后再试或联系管理员");
        } else if (error != null) {
            model.addAttribute("loginError", "用户名或密码错误");
        }
        if (logout != null) {
            model.addAttribute("loginInfo", "您已安全退出");
        }
        return "identity/login";
    }
}
