package vn.lamtheo.model.overlap;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plugs the similarity engine into the model context. */
@Configuration(proxyBeanMethods = false)
public class OverlapConfiguration {

    @Bean
    OverlapEngine overlapEngine(MongoDatabase database) {
        return new SimilarityOverlapEngine(database);
    }
}
