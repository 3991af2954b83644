package org.ticketgrid.app.accounts.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.ticketgrid.app.accounts.usecase.SignIn;

/**
 * Form sign-in of the pages through the same {@link SignIn} use case as the API's token endpoint:
 * same throttles, same timing for unknown addresses, same audit trail.
 */
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    public AccountAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        String email = String.valueOf(authentication.getPrincipal());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        return switch (signIn.signIn(email, password, ip)) {
            case SignIn.SignedIn in -> new AccountPrincipal(in.user().id(), in.user().email(), in.user().role())
                    .toAuthentication();
            case SignIn.Rejected r -> throw new BadCredentialsException("bad credentials");
            case SignIn.Throttled t -> throw new SignInThrottledException(t.retryAfterSeconds());
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
