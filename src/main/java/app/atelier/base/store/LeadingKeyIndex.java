package app.atelier.base.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Constants;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A non-unique index for the embedded store. mongo-java-server ignores non-unique indexes (it gives them an
 * {@code EmptyIndex}), so a query such as {@code {boardId: x}} read every document of the collection. This index
 * keeps, in memory, the documents by the value of the index's first key (each element, for an array), so a query
 * with an equality or an {@code $in} on that key, at its top level or in an {@code $and}, reads only those documents.
 * The library's matcher still checks the whole query and sorts what the index returns, so the index may return more
 * than the query matches: the other keys of the index and of the query need nothing here. Nothing is stored: the
 * collection refills the index from its documents when it opens.
 */
public final class LeadingKeyIndex<P> extends Index<P> {
    private static final String IN = "$in";
    private static final String AND = "$and";
    /** The bucket of documents with no value for the key (missing, null, empty array), so that remove finds them. */
    private static final Object NO_VALUE = new Object();

    private final String key;
    private final Supplier<? extends Comparator<? super P>> naturalOrder;
    /** Normalised value of the key -> (normalised _id -> position). */
    private final Map<Object, Map<Object, P>> positionsByValue = new ConcurrentHashMap<>();
    private final LongAdder lookups = new LongAdder();

    /**
     * @param naturalOrder the order in which the collection scans its positions: a query answered from the index
     *     lists its documents in the same order as a scan would (callers that do not sort see no difference).
     */
    public LeadingKeyIndex(String name, List<IndexKey> keys, boolean sparse,
                           Supplier<? extends Comparator<? super P>> naturalOrder) {
        super(name, keys, sparse);
        if (!supports(keys)) {
            throw new IllegalArgumentException("Unsupported leading key: " + keys);
        }
        this.key = keys.get(0).getKey();
        this.naturalOrder = naturalOrder;
    }

    /**
     * A top-level field only: for a dotted path the matcher's array rules (numeric parts, nested arrays) differ from
     * what the library extracts for an index, so such indexes stay as they were (none).
     */
    public static boolean supports(List<IndexKey> keys) {
        String first = keys.get(0).getKey();
        return !first.isEmpty() && !first.contains(".") && !first.startsWith("$");
    }

    /** How many queries this index has answered. */
    public long lookups() {
        return lookups.sum();
    }

    @Override
    public boolean canHandle(Document query) {
        return conditionOn(query, key) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        lookups.increment();
        Object condition = conditionOn(query, key);
        if (condition == null) {
            throw new IllegalArgumentException("Cannot answer " + query + " with " + this);
        }
        Collection<?> values = isPlainValue(condition) ? List.of(condition) : inValues(condition);
        // With an _id in the query too (a card of a board), the bucket gives the one document directly.
        Object id = key.equals(Constants.ID_FIELD) ? null : conditionOn(query, Constants.ID_FIELD);
        Object wantedId = isPlainValue(id) ? normalize(id) : null;
        Map<Object, P> found = new HashMap<>();
        for (Object value : values) {
            Map<Object, P> bucket = positionsByValue.get(normalize(value));
            if (bucket == null) {
                continue;
            }
            if (wantedId == null) {
                found.putAll(bucket);
            } else {
                P position = bucket.get(wantedId);
                if (position != null) {
                    found.put(wantedId, position);
                }
            }
        }
        List<P> positions = new ArrayList<>(found.values());
        positions.sort(naturalOrder.get());
        return positions;
    }

    /**
     * The query's condition on the field that this index can use, a plain value or {@code {$in: [plain values]}},
     * at the top level or in a clause of a top-level {@code $and} (the driver's {@code Filters.and} sends one);
     * null if there is none. Every document the query matches meets it, whatever else the query says.
     */
    private static Object conditionOn(Document query, String field) {
        Object condition = query.get(field);
        if (isPlainValue(condition) || inValues(condition) != null) {
            return condition;
        }
        if (query.get(AND) instanceof Collection<?> clauses) {
            for (Object clause : clauses) {
                Object inClause = clause instanceof Document document ? conditionOn(document, field) : null;
                if (inClause != null) {
                    return inClause;
                }
            }
        }
        return null;
    }

    /** A value the matcher compares by plain equality of normalised values, as this index does. */
    private static boolean isPlainValue(Object value) {
        return !Missing.isNullOrMissing(value)
            && !(value instanceof Map)
            && !(value instanceof Collection)
            && !value.getClass().isArray()
            && !BsonRegularExpression.isRegularExpression(value);
    }

    /** The values of {@code {$in: [...]}} when all are plain, else null. */
    private static Collection<?> inValues(Object condition) {
        if (condition instanceof Document operator && operator.size() == 1
            && operator.get(IN) instanceof Collection<?> values
            && values.stream().allMatch(LeadingKeyIndex::isPlainValue)) {
            return values;
        }
        return null;
    }

    private static Object normalize(Object value) {
        Object normalized = new KeyValue(value).normalized().get(0);
        return normalized == null ? NO_VALUE : normalized;
    }

    /**
     * The buckets a document belongs to: its value, or each element of its array (and of arrays inside it: the
     * matcher's $in looks one level into those). Never empty.
     */
    private Set<Object> valuesOf(Document document) {
        Object value = document.get(key);
        Set<Object> values = new HashSet<>();
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                values.add(normalize(element));
                if (element instanceof Collection<?> inner) {
                    inner.forEach(innerElement -> values.add(normalize(innerElement)));
                }
            }
        } else {
            values.add(normalize(value));
        }
        if (values.isEmpty()) {
            values.add(NO_VALUE);
        }
        return values;
    }

    private static Object idOf(Document document) {
        Object id = document.get(Constants.ID_FIELD);
        if (Missing.isNullOrMissing(id)) {
            throw new IllegalStateException("A document without _id cannot be indexed: " + document);
        }
        return normalize(id);
    }

    private void put(Object value, Object id, P position) {
        positionsByValue.compute(value, (v, bucket) -> {
            Map<Object, P> result = bucket != null ? bucket : new ConcurrentHashMap<>();
            result.put(id, position);
            return result;
        });
    }

    private P take(Object value, Object id) {
        List<P> removed = new ArrayList<>(1);
        positionsByValue.computeIfPresent(value, (v, bucket) -> {
            P position = bucket.remove(id);
            if (position != null) {
                removed.add(position);
            }
            return bucket.isEmpty() ? null : bucket;
        });
        return removed.isEmpty() ? null : removed.get(0);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        Object id = idOf(document);
        for (Object value : valuesOf(document)) {
            put(value, id, position);
        }
    }

    @Override
    public P remove(Document document) {
        Object id = idOf(document);
        P position = null;
        for (Object value : valuesOf(document)) {
            P removed = take(value, id);
            if (removed != null) {
                position = removed;
            }
        }
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        Set<Object> before = valuesOf(oldDocument);
        Set<Object> after = valuesOf(newDocument);
        if (before.equals(after)) {
            return;
        }
        Object oldId = idOf(oldDocument);
        Object newId = idOf(newDocument);
        for (Object value : before) {
            if (!after.contains(value) || !oldId.equals(newId)) {
                take(value, oldId);
            }
        }
        for (Object value : after) {
            put(value, newId, position);
        }
    }

    /** Not unique: any document may be added. */
    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
    }

    /** Not unique: any change is allowed. */
    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    }

    /** Null: the library asks every index for a document's position and keeps the ones that know it (the _id index). */
    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public long getCount() {
        return positionsByValue.values().stream().mapToLong(Map::size).sum();
    }

    @Override
    public boolean isEmpty() {
        return positionsByValue.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        positionsByValue.clear();
    }
}
