"""The corpus database: schema, build, read-only connections and named queries. No Qt."""
