package cn.dangjian.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: the account id and name, and whether its password was set by someone else
 * and must be changed first; the scope is rebuilt per request. It carries no password hash.
 */
public record SignedInUser(long userId, String username, String displayName, String roleCode,
                           List<String> permissionCodes, boolean passwordChangeRequired) implements UserDetails {

    /** The same person after choosing their own password. */
    public SignedInUser withPasswordChanged() {
        return new SignedInUser(userId, username, displayName, roleCode, permissionCodes, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + roleCode));
        permissionCodes.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
