package com.maritimealphaflow.service.guard;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body each endpoint takes, bound from {@code alphaflow.http}. Every body is bounded before any
 * of it is read: {@code max-body} for any path not named in {@code body-limits}, whose keys are path patterns of the
 * routed (decoded, normalised) path, such as {@code /api/market/csv}.
 *
 * @param maxBody the limit of every endpoint not named in {@code bodyLimits}
 * @param bodyLimits larger or smaller limits for named paths
 */
@ConfigurationProperties("alphaflow.http")
public record HttpLimits(DataSize maxBody, Map<String, DataSize> bodyLimits) {

    public HttpLimits {
        maxBody = maxBody == null ? DataSize.ofKilobytes(64) : maxBody;
        bodyLimits = bodyLimits == null ? Map.of() : Map.copyOf(bodyLimits);
        if (maxBody.isNegative() || bodyLimits.values().stream().anyMatch(DataSize::isNegative)) {
            throw new IllegalArgumentException("alphaflow.http body limits must not be negative");
        }
    }
}
