package app.atelier.security;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface UserAccountRepository extends MongoRepository<UserAccount, String> {
    Optional<UserAccount> findByEmail(String email);
}
