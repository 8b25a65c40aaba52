//! docs/bank.schema.json, the JSON Schema editors use to complete and check bank files,
//! follows the Rust types: same fields, same required fields, same values, and every bank
//! the loader accepts is valid for it. The field lists are read from serde itself (its
//! "unknown field … expected one of" message), so a field added to a type fails here
//! until the schema has it too.

use std::collections::BTreeSet;
use std::fs;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use diagnum::bank::raw::*;
use diagnum::bank::{CRCN, CatalogLookup, SECTIONS, parse_bank};

fn schema() -> Value {
    serde_json::from_str(&fs::read_to_string("docs/bank.schema.json").unwrap()).unwrap()
}

/// Follows `{"$ref": "#/definitions/x"}`.
fn resolve<'a>(root: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/definitions/");
            &root["definitions"][name]
        }
        None => v,
    }
}

/// The words between backticks after "expected one of" in a serde message.
fn expected(msg: &str) -> BTreeSet<String> {
    let list = msg.split("expected").nth(1).unwrap_or_default();
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn fields<T: DeserializeOwned>() -> BTreeSet<String> {
    let err = toml::from_str::<T>("zz_unknown = 1").err().unwrap();
    let got = expected(err.message());
    assert!(!got.is_empty(), "{}", err.message());
    got
}

fn variants<T: DeserializeOwned>() -> BTreeSet<String> {
    #[derive(Deserialize)]
    struct W<T> {
        #[allow(dead_code)]
        v: T,
    }
    let err = toml::from_str::<W<T>>("v = \"zz_unknown\"").err().unwrap();
    expected(err.message())
}

/// Fields serde requires: ask for an empty table, add each field it says is missing.
fn required<T: DeserializeOwned>(object: &Value, root: &Value) -> BTreeSet<String> {
    let mut table = toml::Table::new();
    let mut out = BTreeSet::new();
    loop {
        let text = toml::to_string(&table).unwrap();
        let Err(e) = toml::from_str::<T>(&text) else {
            return out;
        };
        let msg = e.message();
        let Some(name) = msg
            .strip_prefix("missing field `")
            .and_then(|m| m.split('`').next())
        else {
            return out;
        };
        let prop = resolve(root, &object["properties"][name]);
        let value = match prop.get("type").and_then(Value::as_str) {
            Some("string") => toml::Value::String("x".into()),
            Some("integer") => toml::Value::Integer(1),
            Some("boolean") => toml::Value::Boolean(true),
            Some("array") => toml::Value::Array(vec![]),
            _ => match prop["enum"][0].as_str() {
                Some(v) => toml::Value::String(v.into()),
                None => panic!("no type for required field {name}"),
            },
        };
        table.insert(name.to_string(), value);
        out.insert(name.to_string());
    }
}

fn keys(object: &Value) -> BTreeSet<String> {
    object["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("no properties in {object}"))
        .keys()
        .cloned()
        .collect()
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn same<T: DeserializeOwned>(name: &str, object: &Value, root: &Value) {
    let object = resolve(root, object);
    assert_eq!(keys(object), fields::<T>(), "fields of {name}");
    let req: BTreeSet<String> = object.get("required").map(strings).unwrap_or_default();
    assert_eq!(
        req,
        required::<T>(object, root),
        "required fields of {name}"
    );
    assert_eq!(object["additionalProperties"], json!(false), "{name}");
}

#[test]
fn every_table_has_the_fields_of_its_rust_type() {
    let s = schema();
    let p = &s["properties"];
    assert_eq!(
        keys(&s),
        SECTIONS
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        "sections"
    );
    same::<RawBankMeta>("bank", &p["bank"], &s);
    same::<RawCompetence>("competences", &p["competences"]["items"], &s);
    same::<RawPalier>("paliers", &p["paliers"]["items"], &s);
    same::<RawQuestion>("questions", &p["questions"]["items"], &s);
    same::<RawChoice>("choices", &s["definitions"]["choice"], &s);
    same::<RawWrong>("wrong", &s["definitions"]["wrong"], &s);
    same::<RawTolerance>("tolerance", &s["definitions"]["tolerance"], &s);
    same::<RawCondition>("when", &s["definitions"]["condition"], &s);
    same::<RawRule>("orientation", &p["orientation"]["items"], &s);
    same::<RawTraining>("trainings", &p["trainings"]["items"], &s);
}

#[test]
fn every_closed_list_of_values_is_the_rust_one() {
    let s = schema();
    let q = &s["definitions"]["question"]["properties"];
    assert_eq!(strings(&q["type"]["enum"]), variants::<RawType>());
    assert_eq!(strings(&q["scoring"]["enum"]), variants::<RawScoring>());
    assert_eq!(strings(&q["task"]["enum"]), variants::<RawTaskKind>());
    let bank = &s["properties"]["bank"]["properties"];
    assert_eq!(strings(&bank["mode"]["enum"]), variants::<RawMode>());
    assert_eq!(
        strings(&s["definitions"]["device"]["enum"]),
        variants::<diagnum::bank::Device>()
    );
    assert_eq!(
        strings(&s["definitions"]["category"]["enum"]),
        variants::<Category>()
    );
    assert_eq!(
        strings(&s["definitions"]["service"]["enum"]),
        variants::<diagnum::bank::Service>()
    );
    let crcn = &s["properties"]["competences"]["items"]["properties"]["crcn"]["enum"];
    assert_eq!(
        strings(crcn),
        CRCN.iter().map(std::string::ToString::to_string).collect()
    );
    assert_eq!(
        strings(&s["properties"]["schema"]["enum"]),
        [diagnum::bank::BANK_SCHEMA.to_string()].into()
    );
}

/// Whether `v` is valid for `schema`.
fn valid(v: &Value, schema: &Value, root: &Value) -> bool {
    let mut errors = vec![];
    validate(v, schema, root, "", &mut errors);
    errors.is_empty()
}

/// The patterns the file uses, read without a regex engine.
fn matches_pattern(text: &str, pattern: &str) -> bool {
    match pattern {
        "\\S" => text.chars().any(|c| !c.is_whitespace()),
        "^[a-z0-9][a-z0-9-]*$" => {
            text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }
        other => panic!("pattern {other} not known to the test"),
    }
}

/// The combinators (draft 7): allOf, anyOf, oneOf, not, if/then.
fn combinators(v: &Value, schema: &Value, root: &Value, at: &str, errors: &mut Vec<String>) {
    for s in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        validate(v, s, root, at, errors);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array)
        && !any.iter().any(|s| valid(v, s, root))
    {
        errors.push(format!("{at}: none of anyOf"));
    }
    if let Some(one) = schema.get("oneOf").and_then(Value::as_array) {
        let n = one.iter().filter(|s| valid(v, s, root)).count();
        if n != 1 {
            errors.push(format!("{at}: {n} of oneOf"));
        }
    }
    if let Some(not) = schema.get("not")
        && valid(v, not, root)
    {
        errors.push(format!("{at}: matches not {not}"));
    }
    if let (Some(cond), Some(then)) = (schema.get("if"), schema.get("then"))
        && valid(v, cond, root)
    {
        validate(v, then, root, at, errors);
    }
}

/// The parts of JSON Schema the file uses; enough to check the banks against it.
fn validate(v: &Value, schema: &Value, root: &Value, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(root, schema);
    combinators(v, schema, root, at, errors);
    if let Some(c) = schema.get("const")
        && c != v
    {
        errors.push(format!("{at}: {v} is not {c}"));
    }
    if let (Some(text), Some(p)) = (v.as_str(), schema.get("pattern").and_then(Value::as_str))
        && !matches_pattern(text, p)
    {
        errors.push(format!("{at}: {text:?} does not match {p}"));
    }
    let mut err = |m: String| errors.push(format!("{at}: {m}"));
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(v)
    {
        err(format!("{v} not in {values:?}"));
    }
    let ty = schema.get("type").and_then(Value::as_str);
    let ok = match ty {
        Some("object") => v.is_object(),
        Some("array") => v.is_array(),
        Some("string") => v.is_string(),
        Some("integer") => v.is_i64() || v.is_u64(),
        Some("number") => v.is_number(),
        Some("boolean") => v.is_boolean(),
        _ => true,
    };
    if !ok {
        err(format!("{v} is not of type {ty:?}"));
        return;
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
            && n < min
        {
            err(format!("{n} < {min}"));
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
            && n > max
        {
            err(format!("{n} > {max}"));
        }
    }
    if let Some(text) = v.as_str()
        && let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
        && text.chars().count() as u64 > max
    {
        err(format!("longer than {max}"));
    }
    if let Some(items) = v.as_array() {
        let len = items.len() as u64;
        if schema
            .get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| len < m)
        {
            err(format!("{len} items, too few"));
        }
        if schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| len > m)
        {
            err(format!("{len} items, too many"));
        }
        if let Some(item) = schema.get("items") {
            for (i, x) in items.iter().enumerate() {
                validate(x, item, root, &format!("{at}[{i}]"), errors);
            }
        }
    }
    if let Some(obj) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        for r in schema.get("required").map(strings).unwrap_or_default() {
            if !obj.contains_key(&r) {
                errors.push(format!("{at}: missing {r}"));
            }
        }
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(p) => validate(x, p, root, &format!("{at}.{k}"), errors),
                None if schema["additionalProperties"] == json!(false) => {
                    errors.push(format!("{at}: unknown {k}"));
                }
                None => {}
            }
        }
    }
}

pub(crate) fn schema_errors(text: &str) -> Vec<String> {
    let s = schema();
    let doc: toml::Value = toml::from_str(text).unwrap();
    let v = serde_json::to_value(doc).unwrap();
    let mut errors = vec![];
    validate(&v, &s, &s, "", &mut errors);
    errors
}

#[test]
fn every_bank_the_loader_accepts_is_valid_for_the_schema() {
    let mut files: Vec<String> = ["questions", "templates", "tests/fixtures"]
        .iter()
        .flat_map(|d| fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    let mut checked = 0;
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        if text.contains("diagnum-catalog/1") {
            continue;
        }
        let loaded = parse_bank(&text, &|_| CatalogLookup::Missing);
        if loaded.errors().next().is_some() {
            continue;
        }
        let errors = schema_errors(&text);
        assert!(errors.is_empty(), "{f}: {errors:?}");
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} banks");
}

#[test]
fn the_schema_catches_the_mistakes_an_editor_should_underline() {
    let base = fs::read_to_string("templates/quick.toml").unwrap();
    assert!(schema_errors(&base).is_empty());
    for (from, to) in [
        ("prompt = \"Vous", "promt = \"Vous"),
        ("type = \"single\"", "type = \"singel\""),
        ("level = 1", "level = \"1\""),
        ("level = 1", "level = 9"),
        ("\ncrcn = \"2.1\"", "\ncrcn = \"2.9\""),
        ("min_percent = 50", "min_percent = 150"),
    ] {
        let broken = base.replacen(from, to, 1);
        assert_ne!(broken, base, "{from}");
        assert!(!schema_errors(&broken).is_empty(), "{to} passes the schema");
    }
}
