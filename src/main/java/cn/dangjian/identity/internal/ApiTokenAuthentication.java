package cn.dangjian.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token: the account as {@link SignedInUser}, and which token. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;
    private final long tokenId;

    ApiTokenAuthentication(SignedInUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
