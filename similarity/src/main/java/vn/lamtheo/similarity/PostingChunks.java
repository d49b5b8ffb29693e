package vn.lamtheo.similarity;

import org.bson.types.Binary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The packed form of a fingerprint's postings in MongoDB: a list of binary chunks, one per write, each a sequence of
 * {@code (op: 1 byte, year: 2 bytes, docId: modified UTF-8 with a 2-byte length)}, op 1 = added, 0 = removed.
 * Replaying the chunks in order rebuilds the list the in-memory index keeps: additions beyond the cap are dropped,
 * a removal takes the posting out wherever it is.
 */
final class PostingChunks {

    private static final byte ADDED = 1;
    private static final byte REMOVED = 0;

    private PostingChunks() {
    }

    static Binary added(List<Posting> postings) {
        return encode(postings, ADDED);
    }

    static Binary removed(Posting posting) {
        return encode(List.of(posting), REMOVED);
    }

    private static Binary encode(List<Posting> postings, byte op) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(postings.size() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Posting p : postings) {
                out.writeByte(op);
                out.writeShort(p.year());
                out.writeUTF(p.docId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binary(bytes.toByteArray());
    }

    /**
     * @param chunks binary chunks; a string is a posting of the earlier layout ({@code "year|docId"}, added), so an
     *               index written before this layout still reads (and takes new chunks after its strings)
     * @param intern lets a cache share one posting object between the lists it holds
     */
    static List<Posting> replay(List<?> chunks, int maxPostings, UnaryOperator<Posting> intern) {
        List<Posting> live = new ArrayList<>();
        for (Object element : chunks) {
            if (element instanceof String encoded) {
                if (live.size() < maxPostings) {
                    live.add(intern.apply(Posting.decode(encoded)));
                }
                continue;
            }
            byte[] data = ((Binary) element).getData();
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                while (in.available() > 0) {
                    byte op = in.readByte();
                    int year = in.readShort();
                    Posting posting = intern.apply(new Posting(in.readUTF(), year));
                    if (op == ADDED) {
                        if (live.size() < maxPostings) {
                            live.add(posting);
                        }
                    } else {
                        live.remove(posting);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(live);
    }
}
