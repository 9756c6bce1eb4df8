package kr.tupyo.platform.internal;

import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import kr.tupyo.platform.HomeTile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the signed-in person's role can do, one tile each. */
@Controller
class HomeController {

    private final List<HomeTile> tiles;

    HomeController(List<HomeTile> tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/")
    @PermitAll
    String home(Authentication authentication, Model model) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return "redirect:/login";
        }
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
        model.addAttribute("roles", roles);
        model.addAttribute("tiles", tiles.stream()
                .filter(tile -> tile.roles().stream().anyMatch(roles::contains))
                .sorted(Comparator.comparingInt(HomeTile::order))
                .toList());
        return "platform/home";
    }
}
