package app.atelier.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The rate-limit buckets that every node shares: the {@code rate_limits} collection of Atelier's database. */
@Configuration(proxyBeanMethods = false)
class SharedRateLimitsConfiguration {
    static final String COLLECTION = "rate_limits";

    /** A bucket expires at most a sign-in window (and a minute) after its last failure: a few cleanups per window do. */
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(5);

    @Bean
    MongoBucketProxyManager sharedBuckets(MongoTemplate mongo) {
        MongoCollection<Document> collection = mongo.getCollection(COLLECTION);
        // A real MongoDB deletes expired buckets itself with this TTL index (and it makes the cleanup's query cheap);
        // the embedded server accepts and ignores it.
        collection.createIndex(Indexes.ascending(MongoBucketProxyManager.EXPIRES_AT),
                new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        return new MongoBucketProxyManager(collection);
    }

    @Bean(destroyMethod = "close")
    ExpiredBucketsCleanup expiredBucketsCleanup(MongoBucketProxyManager sharedBuckets) {
        return new ExpiredBucketsCleanup(sharedBuckets, CLEANUP_INTERVAL);
    }
}
