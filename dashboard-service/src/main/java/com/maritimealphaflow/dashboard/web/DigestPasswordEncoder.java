package com.maritimealphaflow.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the dashboard password by comparing SHA-256 digests in constant time. The password comes from the
 * environment in plain text, so a slow hash would protect nothing at rest; it would only cost every request (HTTP Basic
 * sends credentials with each one, and the dashboard keeps no session) tens of milliseconds of CPU.
 */
final class DigestPasswordEncoder implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        return HexFormat.of().formatHex(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(encodedPassword);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(rawPassword));
    }

    private static byte[] digest(CharSequence text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
