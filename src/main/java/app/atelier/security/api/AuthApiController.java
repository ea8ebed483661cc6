package app.atelier.security.api;

import app.atelier.base.InvalidInputException;
import app.atelier.base.SecurityLog;
import app.atelier.base.api.ApiError;
import app.atelier.base.api.ApiExceptionHandler;
import app.atelier.security.AccountService;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.security.RateLimits;
import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/auth/token}: e-mail and password in, a new personal API token out (for automation). */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
class AuthApiController {
    record TokenRequest(String email, String password, String name) {
    }

    record TokenResponse(String id, String token, String name) {
    }

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final RateLimits limits;
    private final I18NProvider i18n;

    AuthApiController(AccountService accounts, ApiTokenService tokens, RateLimits limits, I18NProvider i18n) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.limits = limits;
        this.i18n = i18n;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "A new token: keep its secret, it is shown once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
    @SecurityRequirements // the one call made without a token
    @PostMapping("/token")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http, Locale locale) {
        if (request == null || request.email() == null || request.password() == null) {
            throw new InvalidInputException(request == null || request.email() == null ? "email" : "password",
                    "error.credentials.missing");
        }
        String address = http.getRemoteAddr();
        limits.checkSignIn(request.email(), address);
        Optional<AtelierUser> user = accounts.authenticate(request.email(), request.password());
        if (user.isEmpty()) {
            limits.signInFailed(request.email(), address);
            SecurityLog.event("signin.failed", request.email(), "address=" + address + " via=api");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(401, "unauthorized", i18n.getTranslation("error.credentials.wrong",
                            ApiExceptionHandler.supported(locale)), null, null));
        }
        ApiTokenService.NewToken created = tokens.create(user.get(),
                request.name() == null || request.name().isBlank() ? "API" : request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TokenResponse(created.token().getId(), created.secret(), created.token().getName()));
    }
}
