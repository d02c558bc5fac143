"""Each table's pyarrow schema is derived from its record dataclass (schemas.tables.arrow_schema);
these tests pin what the derivation must keep: names, order, types and nullability."""

import dataclasses
import datetime
import types
import typing

import pyarrow as pa
import pytest

from schemas import (
    ARTICLES_SCHEMA,
    DUPLICATES,
    DUPLICATES_SCHEMA,
    ERRORS_SCHEMA,
    EVENT_CLUSTERS_SCHEMA,
    EVENTS_SCHEMA,
    SCHEMA_VERSION,
    STORIES_SCHEMA,
    Article,
    Duplicate,
    ErrorKind,
    ErrorRecord,
    Event,
    EventCluster,
    Story,
    article_date,
    article_to_row,
)

TABLES = [
    (Article, ARTICLES_SCHEMA, "articles"),
    (Event, EVENTS_SCHEMA, "events"),
    (ErrorRecord, ERRORS_SCHEMA, "errors"),
    (Duplicate, DUPLICATES_SCHEMA, "duplicates"),
    (Story, STORIES_SCHEMA, "stories"),
    (EventCluster, EVENT_CLUSTERS_SCHEMA, "event_clusters"),
]

ARROW_TYPES_FOR = {
    str: (pa.types.is_string,),
    int: (pa.types.is_integer,),
    float: (pa.types.is_floating,),
    bool: (pa.types.is_boolean,),
    bytes: (pa.types.is_binary,),
    datetime.datetime: (lambda t: pa.types.is_timestamp(t) and t.tz == "UTC",),
    datetime.date: (pa.types.is_date32,),
}


def unwrap_optional(annotation):
    """(inner type, is optional) of an annotation such as ``str | None``."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        assert len(args) == 1, f"only X | None unions are allowed, got {annotation}"
        return args[0], True
    return annotation, False


@pytest.mark.parametrize("record_type, schema, table", TABLES, ids=[t[2] for t in TABLES])
def test_names_and_order_agree(record_type, schema, table):
    assert [f.name for f in dataclasses.fields(record_type)] == schema.names


@pytest.mark.parametrize("record_type, schema, table", TABLES, ids=[t[2] for t in TABLES])
def test_types_and_nullability_agree(record_type, schema, table):
    hints = typing.get_type_hints(record_type)
    for field in schema:
        inner, optional = unwrap_optional(hints[field.name])
        (matches,) = ARROW_TYPES_FOR[inner]
        assert matches(field.type), f"{table}.{field.name}: {inner} vs {field.type}"
        assert field.nullable == optional, f"{table}.{field.name}: nullability differs"


@pytest.mark.parametrize("record_type, schema, table", TABLES, ids=[t[2] for t in TABLES])
def test_schema_metadata_names_table_and_version(record_type, schema, table):
    assert schema.metadata[b"newsbeam.table"] == table.encode()
    assert schema.metadata[b"newsbeam.schema_version"] == str(SCHEMA_VERSION).encode()


def test_article_row_round_trips_through_arrow():
    article = Article(
        article_id="b6c9c3ef8723eee6",
        url="https://example.com/a",
        canonical_url="https://example.com/a",
        feed_url=None,
        feed_name=None,
        source_name="Example",
        source_country="QAT",
        title="T",
        author=None,
        published_at=datetime.datetime(2023, 2, 24, 16, 40, tzinfo=datetime.timezone.utc),
        date_source="feed",
        fetched_at=datetime.datetime(2023, 2, 24, 17, 0, tzinfo=datetime.timezone.utc),
        language="en",
        text="Some text",
        word_count=2,
        content_sha256="0" * 64,
        extraction="trafilatura",
    )
    table = pa.Table.from_pylist([article_to_row(article)], schema=ARTICLES_SCHEMA)
    assert table.to_pylist()[0] == article_to_row(article)
    assert article_date(article) == datetime.date(2023, 2, 24)
    assert article_date(dataclasses.replace(article, published_at=None)) == datetime.date(
        2023, 2, 24
    )


def test_converters_read_fields_by_name_so_worker_namedtuples_convert_too():
    """A Beam worker without the dataclass registered decodes rows into NamedTuples."""
    fields = [(f.name, typing.Any) for f in dataclasses.fields(Duplicate)]
    AsDecoded = typing.NamedTuple("AsDecoded", fields)  # noqa: UP014 (dynamic fields)
    seen = datetime.datetime(
        2023, 2, 24, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-3))
    )
    decoded = AsDecoded("a" * 16, "u", "c", None, "k", "same_url", seen, 1)
    assert DUPLICATES.to_row(decoded)["seen_at"] == seen
    assert DUPLICATES.partition_date(decoded) == datetime.date(2023, 2, 25)


def test_error_kinds_are_a_closed_snake_case_vocabulary():
    values = [kind.value for kind in ErrorKind]
    assert len(values) == len(set(values))
    assert all(value.isidentifier() and value.islower() for value in values)


def test_codes_are_strings_so_leading_zeros_survive():
    assert EVENTS_SCHEMA.field("cameo_code").type == pa.string()
    assert EVENTS_SCHEMA.field("cameo_root").type == pa.string()


def test_a_column_without_an_arrow_type_is_refused():
    from schemas.tables import arrow_schema, column

    @dataclasses.dataclass(frozen=True)
    class Counted:
        name: str
        count: int

    with pytest.raises(TypeError, match="Counted.count"):
        arrow_schema(Counted, "counted")

    @dataclasses.dataclass(frozen=True)
    class Sized:
        name: str | None
        count: int = column(pa.int32())

    schema = arrow_schema(Sized, "sized")
    assert [(f.name, f.type, f.nullable) for f in schema] == [
        ("name", pa.string(), True),
        ("count", pa.int32(), False),
    ]


def test_story_and_cluster_ids_come_last_after_the_geocoded_columns():
    """Columns added later go at the end, nullable: readers of older files keep working."""
    assert ARTICLES_SCHEMA.names[-9:] == [
        "schema_version",
        "dateline_name",
        "dateline_country",
        "dateline_lat",
        "dateline_lon",
        "dateline_admin1",
        "dateline_geonames_id",
        "dateline_precision",
        "story_id",
    ]
    assert EVENTS_SCHEMA.names[-7:] == [
        "schema_version",
        "location_lat",
        "location_lon",
        "location_admin1",
        "location_geonames_id",
        "location_precision",
        "event_cluster_id",
    ]
    assert ARTICLES_SCHEMA.field("story_id").nullable
    assert EVENTS_SCHEMA.field("event_cluster_id").nullable


def test_the_story_index_schemas_are_derived_too():
    from state.story_index import SCHEMAS

    assert SCHEMAS["stories"].field("article_ids").type == pa.list_(
        pa.field("item", pa.string(), nullable=False)
    )
    assert SCHEMAS["sketches"].field("shingles").type == pa.int64()
    assert SCHEMAS["sketches"].field("signature").type == pa.binary()
