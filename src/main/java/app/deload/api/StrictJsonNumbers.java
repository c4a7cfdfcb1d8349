package app.deload.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A fractional number where the API expects a whole one (an RPE of 6.5, a mood of 3.5) is refused as the wrong
 * type instead of being cut to 6 or 3 without a word, which is Jackson's default.
 */
@Singleton
public class StrictJsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
