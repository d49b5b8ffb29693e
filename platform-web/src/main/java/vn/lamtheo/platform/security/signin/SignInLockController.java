package vn.lamtheo.platform.security.signin;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN (by the path, see SecurityConfiguration): lifts a sign-in lock before it runs out. */
@RestController
@RequestMapping("/api/admin/sign-in-locks")
public class SignInLockController {

    private final SignInThrottle throttle;

    public SignInLockController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @DeleteMapping("/accounts/{username}")
    @Operation(summary = "Mở khoá đăng nhập của một tài khoản / Unlock sign-in for a username (204; 404 when not locked or counted)")
    public ResponseEntity<Void> unlockAccount(@PathVariable String username) {
        return throttle.unlockAccount(username) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @DeleteMapping("/addresses/{address}")
    @Operation(summary = "Mở khoá đăng nhập từ một địa chỉ / Unlock sign-in from a client address")
    public ResponseEntity<Void> unlockAddress(@PathVariable String address) {
        return throttle.unlockAddress(address) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
