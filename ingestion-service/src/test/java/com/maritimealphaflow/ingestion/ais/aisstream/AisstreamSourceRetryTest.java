package com.maritimealphaflow.ingestion.ais.aisstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** How the source rides out a feed that is not there, without a database. */
@ExtendWith(OutputCaptureExtension.class)
class AisstreamSourceRetryTest {

    private final Queue<AisDecoding> received = new ConcurrentLinkedQueue<>();

    @Test
    void givesUpOnAHandshakeThatNeverComesAndTriesAgain() throws Exception {
        // A server that accepts TCP connections and then says nothing, not even an HTTP answer.
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(mute.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            AisstreamSource source = source(URI.create("ws://127.0.0.1:" + mute.getLocalPort() + "/v0/stream"));
            StreamControl control = StreamControl.untilStopped();

            CompletableFuture<Void> stream = stream(source, control);
            await().until(() -> accepted.size() >= 2);
            control.requestStop();

            await().until(stream::isDone);
            assertThat(stream).isCompleted();
            assertThat(received).isEmpty();
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void keepsTryingWhileNothingListensUntilStopped(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        AisstreamSource source = source(URI.create("ws://127.0.0.1:" + closedPort + "/v0/stream"));
        StreamControl control = StreamControl.untilStopped();

        CompletableFuture<Void> stream = stream(source, control);
        await().until(() -> output.getAll().split("could not connect", -1).length > 2);
        control.requestStop();

        await().until(stream::isDone);
        assertThat(stream).isCompleted();
        assertThat(output.getAll()).contains("reconnecting in");
    }

    @Test
    void refusesAUrlThatIsNotAWebsocket() {
        assertThatThrownBy(() -> source(URI.create("https://stream.aisstream.io/v0/stream")))
                .isInstanceOf(AisSourceException.class)
                .hasMessageContaining("AISSTREAM_URL must be a ws:// or wss:// URL");
    }

    private CompletableFuture<Void> stream(AisstreamSource source, StreamControl control) {
        return CompletableFuture.runAsync(() -> {
            try {
                source.stream(received::add, control);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static AisstreamSource source(URI url) {
        AisProperties.Aisstream settings = new AisProperties.Aisstream(
                FakeAisstreamServer.VALID_KEY,
                url,
                "[[[-90,-180],[90,180]]]",
                List.of("PositionReport"),
                List.of(),
                Duration.ofMillis(300),
                Duration.ofSeconds(20),
                Duration.ofSeconds(20),
                new RetrySettings(Duration.ofMillis(50), Duration.ofMillis(200)));
        return new AisstreamSource(settings, new AisstreamMessageDecoder(), Clock.systemUTC());
    }
}
