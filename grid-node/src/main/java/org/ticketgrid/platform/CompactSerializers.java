package org.ticketgrid.platform;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** An explicit Compact serializer from a type name, a reader and a writer, for small value types. */
public final class CompactSerializers {

    private CompactSerializers() {
    }

    public static <T> CompactSerializer<T> of(String typeName, Class<T> type, Function<CompactReader, T> read,
            BiConsumer<CompactWriter, T> write) {
        return new CompactSerializer<>() {
            @Override
            public T read(CompactReader in) {
                return read.apply(in);
            }

            @Override
            public void write(CompactWriter out, T object) {
                write.accept(out, object);
            }

            @Override
            public String getTypeName() {
                return typeName;
            }

            @Override
            public Class<T> getCompactClass() {
                return type;
            }
        };
    }
}
