package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import dk.dma.ais.sentence.SentenceException;
import dk.dma.ais.sentence.Vdm;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts multi-sentence AIS messages back together. Fragments belong together when they share station (where tag
 * blocks name one), sequence id and channel, so messages interleaved on two channels or from two stations are
 * assembled side by side. A message that cannot be completed (a fragment lost, or arriving out of order) is rejected
 * once as {@link RejectReason#INCOMPLETE_MULTIPART}, and its remaining fragments are absorbed quietly rather than
 * each counted again. Bounded in size and age, so a feed that only ever sends first fragments cannot grow it.
 */
final class FragmentAssembler {

    /** Fragments of one message go out back to back in the same slots; anything this old will not be completed. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** Far more than a feed has in flight at once (sequence ids run 0–9 per channel and station). */
    static final int MAX_OPEN_MESSAGES = 512;

    /**
     * A message whose fragments are all here.
     *
     * @param statedAt the time its lines state, or null
     * @param startedAt when its first fragment arrived (the decoder's now then)
     */
    record Assembled(Vdm vdm, Instant statedAt, Instant startedAt) {}

    private record Key(String station, String sequenceId, String channel) {}

    /**
     * A message being assembled, or (vdm null) what is left of a broken one: its fragments still to come are absorbed
     * rather than rejected again.
     */
    private static final class Group {
        final Vdm vdm;
        final int total;
        final Instant startedAt;
        final String firstLine;
        int lastNumber;
        int seen; // bit n set: fragment n has been here
        Instant reportedAt;

        Group(Vdm vdm, NmeaLine fragment, Instant now) {
            this.vdm = vdm;
            this.total = fragment.total();
            this.startedAt = now;
            this.firstLine = fragment.sentence();
            this.lastNumber = fragment.number();
            this.seen = 1 << fragment.number();
            this.reportedAt = fragment.reportedAt();
        }

        boolean collecting() {
            return vdm != null;
        }

        boolean takes(NmeaLine fragment) {
            if (fragment.total() != total) {
                return false;
            }
            return collecting()
                    ? fragment.number() == lastNumber + 1
                    : fragment.number() > 1 && (seen & (1 << fragment.number())) == 0;
        }

        void see(NmeaLine fragment) {
            lastNumber = fragment.number();
            seen |= 1 << fragment.number();
        }

        /** Every fragment after the first has been here: nothing more of this message can come. */
        boolean allSeen() {
            int afterFirst = ((1 << (total + 1)) - 1) & ~0b11;
            return (seen & afterFirst) == afterFirst;
        }

        /** What is left of this message once it is rejected, marked as seen up to now. */
        Group rest(NmeaLine fragment, Instant now) {
            Group rest = new Group(null, fragment, now);
            rest.seen |= seen;
            return rest;
        }
    }

    private final Map<Key, Group> open = new LinkedHashMap<>();

    /**
     * Adds one fragment (a sentence of a message of two or more).
     *
     * @return the whole message when this was its last fragment; otherwise null, and the sink has been told what
     *     became of the fragment ({@code Incomplete}, or a rejection)
     */
    Assembled add(NmeaLine fragment, Instant now, AisMessageSink sink) {
        Key own = new Key(fragment.station(), fragment.sequenceId(), fragment.channel());
        Key key = fragment.number() == 1 ? own : find(own);
        Group group = open.get(key);
        if (fragment.number() == 1) {
            if (group != null) {
                open.remove(key);
                rejectIfCollecting(group, "superseded by a new message with the same sequence id", sink);
            }
            Vdm vdm = new Vdm();
            if (!parse(vdm, fragment, sink)) {
                keepRest(key, new Group(null, fragment, now), sink);
                return null;
            }
            put(key, new Group(vdm, fragment, now), sink);
            sink.accept(AisDecoding.Incomplete.INSTANCE);
            return null;
        }
        if (group != null && group.collecting()) {
            if (group.takes(fragment)) {
                return continueWith(key, group, fragment, now, sink);
            }
            open.remove(key);
            reject(group, "fragment " + fragment.number() + " arrived after " + group.lastNumber, sink);
            Group rest = group.rest(fragment, now);
            if (fragment.total() == group.total && fragment.number() > group.lastNumber) {
                keepRest(key, rest, sink); // a later part of the message just rejected
                return null;
            }
            group = null;
        }
        if (group != null && group.takes(fragment)) {
            group.see(fragment);
            if (group.allSeen()) {
                open.remove(key);
            }
            sink.accept(AisDecoding.Incomplete.INSTANCE);
            return null;
        }
        sink.accept(new AisDecoding.Rejected(
                RejectReason.INCOMPLETE_MULTIPART,
                "fragment " + fragment.number() + " of " + fragment.total() + " without the ones before it: "
                        + fragment.sentence()));
        keepRest(key, new Group(null, fragment, now), sink);
        return null;
    }

    /**
     * The key of the message a later fragment belongs to. NMEA 4 sources may tag only a message's first line with its
     * station (later lines carry just a group tag), so a fragment without a station joins the newest message of its
     * sequence id and channel, and the other way round.
     */
    private Key find(Key key) {
        if (open.containsKey(key)) {
            return key;
        }
        Key newest = key;
        for (Key candidate : open.keySet()) {
            if (candidate.sequenceId().equals(key.sequenceId())
                    && candidate.channel().equals(key.channel())
                    && (candidate.station() == null || key.station() == null)) {
                newest = candidate;
            }
        }
        return newest;
    }

    /** Rejects messages begun longer than {@link #MAX_AGE} ago. */
    void expire(Instant now, AisMessageSink sink) {
        Instant cutoff = now.minus(MAX_AGE);
        Iterator<Group> oldestFirst = open.values().iterator();
        while (oldestFirst.hasNext()) {
            Group group = oldestFirst.next();
            if (!group.startedAt.isBefore(cutoff)) {
                break;
            }
            oldestFirst.remove();
            rejectIfCollecting(group, "not completed within " + MAX_AGE.toSeconds() + " s", sink);
        }
    }

    /** Rejects every message still waiting for fragments and forgets them all. */
    void clear(AisMessageSink sink) {
        for (Group group : open.values()) {
            rejectIfCollecting(group, "never completed", sink);
        }
        open.clear();
    }

    private Assembled continueWith(Key key, Group group, NmeaLine fragment, Instant now, AisMessageSink sink) {
        if (!parse(group.vdm, fragment, sink)) {
            open.remove(key);
            keepRest(key, group.rest(fragment, now), sink);
            return null;
        }
        if (group.reportedAt == null) {
            group.reportedAt = fragment.reportedAt();
        }
        group.see(fragment);
        if (group.vdm.isCompletePacket()) {
            open.remove(key);
            return new Assembled(group.vdm, group.reportedAt, group.startedAt);
        }
        sink.accept(AisDecoding.Incomplete.INSTANCE);
        return null;
    }

    private static boolean parse(Vdm vdm, NmeaLine fragment, AisMessageSink sink) {
        try {
            vdm.parse(fragment.sentence());
            return true;
        } catch (SentenceException | RuntimeException e) {
            sink.accept(new AisDecoding.Rejected(
                    RejectReason.MALFORMED_SENTENCE, e.getMessage() + ": " + fragment.sentence()));
            return false;
        }
    }

    /** Remembers to absorb the fragments still to come of a message already counted as rejected. */
    private void keepRest(Key key, Group rest, AisMessageSink sink) {
        if (!rest.allSeen()) {
            put(key, rest, sink);
        }
    }

    private void put(Key key, Group group, AisMessageSink sink) {
        open.remove(key); // re-inserted at the end: the map stays ordered by age, which expire() relies on
        open.put(key, group);
        if (open.size() > MAX_OPEN_MESSAGES) {
            Iterator<Group> oldestFirst = open.values().iterator();
            Group oldest = oldestFirst.next();
            oldestFirst.remove();
            rejectIfCollecting(oldest, "dropped: more than " + MAX_OPEN_MESSAGES + " messages open", sink);
        }
    }

    private static void rejectIfCollecting(Group group, String why, AisMessageSink sink) {
        if (group.collecting()) {
            reject(group, why, sink);
        }
    }

    private static void reject(Group group, String why, AisMessageSink sink) {
        sink.accept(new AisDecoding.Rejected(
                RejectReason.INCOMPLETE_MULTIPART,
                "message of " + group.total + " sentences, " + why + ": " + group.firstLine));
    }
}
