//! The JSON form of the national file (the same keys as the CSV columns).

use super::{Builder, FileError, Reason, Row, column, missing};

/// A JSON list of flat objects, as the national dataset publishes it: lists stay `|`
/// strings, coordinates are numbers, empty values are left out.
pub(super) fn read(text: &str, out: &mut Builder<'_>) -> Result<(), FileError> {
    use serde_json::Value;
    let value: Value = serde_json::from_str(text).map_err(|e| FileError::BadJson {
        line: e.line(),
        detail: e.to_string(),
    })?;
    let Value::Array(items) = value else {
        return Err(FileError::OtherJson);
    };
    // Another schema's list: none of its objects has the columns of lieux.
    let keys: Vec<Option<usize>> = items
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|o| o.keys().map(|k| column(k)))
        .collect();
    if items.is_empty() || missing(&keys).is_err() {
        return Err(FileError::OtherJson);
    }
    for (n, item) in items.iter().enumerate() {
        let Some(obj) = item.as_object() else {
            out.reject(n + 1, Reason::NotAnObject);
            continue;
        };
        let mut row: Row<'_> = Default::default();
        for (k, v) in obj {
            let Some(i) = column(k) else { continue };
            let cell = match v {
                Value::String(s) => s.trim().to_string(),
                Value::Number(x) => x.to_string(),
                Value::Array(a) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("|"),
                _ => continue,
            };
            if !cell.is_empty() {
                // Two v0.1 label columns read as one: both kept.
                row[i] = Some(match row[i].take() {
                    Some(prev) => format!("{prev}|{cell}").into(),
                    None => cell.into(),
                });
            }
        }
        out.row(n + 1, &row);
    }
    Ok(())
}
