package cn.gongkai.platform;

import org.springframework.security.core.AuthenticationException;

/** The password was right but the account has TOTP enabled and the code was missing or wrong. */
public class SecondFactorRequiredException extends AuthenticationException {

    public SecondFactorRequiredException(String msg) {
        super(msg);
    }
}
