package com.maritimealphaflow.ingestion.ais.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.ais.nmea.FeedServer.Connection;
import com.maritimealphaflow.ingestion.support.RecordingSink;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the TCP source copes with a feed that stalls, drops or keeps it waiting, and how quickly it stops. */
class NmeaTcpSourceTest {

    static final List<String> TWO_POSITIONS = List.of(NmeaDecoderTest.TYPE_1, NmeaDecoderTest.TYPE_18);

    /** Far longer than a prompt stop takes, far shorter than the waits the source is stopped out of. */
    static final Duration PROMPTLY = Duration.ofSeconds(5);

    final ExecutorService executor = Executors.newSingleThreadExecutor();
    final RecordingSink sink = new RecordingSink();
    final StreamControl control = StreamControl.untilStopped();

    @AfterEach
    void stop() {
        control.requestStop();
        executor.shutdownNow();
    }

    @Test
    void reconnectsWhenTheFeedStallsAndReadsFromTheNewConnection() throws Exception {
        try (FeedServer server = new FeedServer(List.of(Connection.silent(), Connection.sends(TWO_POSITIONS)))) {
            Future<?> stream = start(TestFeeds.settings(server.port(), 1, Duration.ofMillis(300)));

            await().atMost(Duration.ofSeconds(30)).until(() -> sink.positions().size() == 2);
            assertThat(server.connections()).isEqualTo(2);
            assertThat(sink.positions()).extracting(PositionReport::mmsi).containsExactly(371798000, 338087471);
            stopAndWait(stream);
        }
    }

    @Test
    void keepsReconnectingWhileTheFeedHangsUpUntilItSendsData() throws Exception {
        List<Connection> script =
                List.of(Connection.sendsThenDrops(""), Connection.sendsThenDrops(""), Connection.sends(TWO_POSITIONS));
        try (FeedServer server = new FeedServer(script)) {
            Future<?> stream = start(TestFeeds.settings(server.port(), 1, Duration.ofSeconds(30)));

            await().atMost(Duration.ofSeconds(30)).until(() -> sink.positions().size() == 2);
            assertThat(server.connections()).isEqualTo(3);
            assertThat(sink.rejections()).isEmpty();
            stopAndWait(stream);
        }
    }

    @Test
    void retriesWhileNothingListensUntilTheFeedIsBack() throws Exception {
        int port;
        try (FeedServer gone = new FeedServer(List.of())) {
            port = gone.port();
        }
        Future<?> stream = start(TestFeeds.settings(port, 1, Duration.ofSeconds(30)));

        try (FeedServer back = new FeedServer(port, List.of(Connection.sends(TWO_POSITIONS)))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> sink.positions().size() == 2);
            assertThat(back.connections()).isEqualTo(1);
            stopAndWait(stream);
        }
    }

    @Test
    void stopsPromptlyWhileTheFeedIsSilent() throws Exception {
        try (FeedServer server = new FeedServer(List.of(Connection.silent()))) {
            Future<?> stream = start(TestFeeds.settings(server.port(), 1, Duration.ofMinutes(10)));
            await().atMost(Duration.ofSeconds(30)).until(() -> server.connections() == 1);

            stopAndWait(stream);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void stopsPromptlyWhileWaitingToReconnect() throws Exception {
        try (FeedServer server = new FeedServer(List.of(Connection.sendsThenDrops("")))) {
            AisProperties.Nmea slowBackoff = new AisProperties.Nmea(
                    "127.0.0.1",
                    server.port(),
                    1,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(30),
                    new RetrySettings(Duration.ofMinutes(10), Duration.ofMinutes(10)));
            Future<?> stream = start(slowBackoff);
            await().atMost(Duration.ofSeconds(30)).until(() -> server.connections() == 1);

            stopAndWait(stream);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void rejectsFragmentsOfAConnectionThatDroppedMidMessage() throws Exception {
        List<Connection> script = List.of(
                Connection.sendsThenDrops(NmeaDecoderTest.TYPE_5_PART_1 + "\r\n"),
                Connection.sends(List.of(NmeaDecoderTest.TYPE_5_PART_2, NmeaDecoderTest.TYPE_24_A)));
        try (FeedServer server = new FeedServer(script)) {
            Future<?> stream = start(TestFeeds.settings(server.port(), 1, Duration.ofSeconds(30)));

            await().atMost(Duration.ofSeconds(30)).until(() -> sink.statics().size() == 1);
            // The first part is rejected when its connection ends, the second arrives as an orphan: the message is
            // lost on the drop, and counted as such, but never glued to what the next connection sends.
            assertThat(sink.rejections()).hasSize(2);
            assertThat(sink.statics().get(0).name()).isEqualTo("PROGUY");
            stopAndWait(stream);
        }
    }

    private Future<?> start(AisProperties.Nmea settings) {
        NmeaTcpSource source = new NmeaTcpSource(settings, Clock.systemUTC());
        return executor.submit(() -> {
            source.stream(sink, control);
            return null;
        });
    }

    private void stopAndWait(Future<?> stream) throws Exception {
        control.requestStop();
        await().atMost(PROMPTLY).until(stream::isDone);
        stream.get(); // rethrows what the stream may have thrown
    }
}
