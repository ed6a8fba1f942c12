package cn.gongkai.organization;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.SecondFactorRequiredException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/auth/token}: exchange staff credentials for a bearer token; {@code DELETE} revokes it. */
@RestController
@Tag(name = "auth", description = "API tokens for staff")
class AuthApi {

    private final AuthenticationConfiguration authentication;
    private final ApiTokens tokens;

    AuthApi(AuthenticationConfiguration authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record TokenRequest(String username, String password, String totp) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @Operation(summary = "Issue a bearer token", description = "Body {username, password, totp?}. 401 with one "
            + "answer for an unknown user, a wrong password and a throttled attempt (5 failures of one user from one "
            + "address block that pair for 15 minutes; failures from many addresses slow the user down); 403 for a "
            + "disabled account, 401 TOTP_REQUIRED when the second factor is missing or wrong.")
    @PostMapping("/api/v1/auth/token")
    TokenResponse issue(@RequestBody TokenRequest request, jakarta.servlet.http.HttpServletRequest http) throws Exception {
        java.util.List<GongkaiException.FieldProblem> missing = new java.util.ArrayList<>();
        if (request == null || request.username() == null || request.username().isBlank()) {
            missing.add(new GongkaiException.FieldProblem("username", "platform.error.required"));
        }
        if (request == null || request.password() == null || request.password().isEmpty()) {
            missing.add(new GongkaiException.FieldProblem("password", "platform.error.required"));
        }
        else {
            OrganRules.passwordLength("password", request.password(), missing);
        }
        if (!missing.isEmpty()) {
            throw GongkaiException.invalid(missing);
        }
        AuthenticationManager manager = authentication.getAuthenticationManager();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
                .unauthenticated(request.username().trim(), request.password());
        attempt.setDetails(new StaffAuthentication.LoginDetails(request.totp(), http.getRemoteAddr()));
        Authentication result;
        try {
            result = manager.authenticate(attempt);
        }
        catch (DisabledException e) {
            throw new GongkaiException(HttpStatus.FORBIDDEN, "ACCOUNT_DISABLED", "platform.login.error.disabled");
        }
        catch (SecondFactorRequiredException e) {
            throw new GongkaiException(HttpStatus.UNAUTHORIZED, "TOTP_REQUIRED", "platform.login.error.totp");
        }
        catch (AuthenticationException e) {
            throw new GongkaiException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "platform.login.error.bad");
        }
        StaffPrincipal principal = (StaffPrincipal) result.getPrincipal();
        ApiTokens.IssuedToken issued = tokens.issue(principal.member().id(), principal.getUsername(), principal.stamp());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @Operation(summary = "Revoke the bearer token of this request")
    @DeleteMapping("/api/v1/auth/token")
    ResponseEntity<Map<String, Object>> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String header) {
        boolean revoked = header.regionMatches(true, 0, "Bearer ", 0, 7) && tokens.revoke(header.substring(7).trim());
        return ResponseEntity.ok(Map.of("revoked", revoked));
    }
}
