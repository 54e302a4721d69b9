//! Reading the data files after the browser has parsed them (`Response.json()`), into the data
//! contract's types ([`mock_data::schema`]) and the use-case catalogue's.
//!
//! By hand rather than through serde: serde_json's parser and the derived readers were 21.7 KB of
//! the wasm (gzip; this reader saves 16 KB net), and the browser's own JSON parser is faster than
//! one compiled to wasm.
//! The pipeline and the native tests keep serde; `tests/data_web.rs` checks in a browser that both
//! read every published file to the same value.
//!
//! A problem names where it is: `tables[2].values.patients[17]: expected a number or null, found
//! "x"`. Fields the contract marks `#[serde(default)]` may be missing here too.

use std::collections::BTreeMap;

use js_sys::{Array, Float64Array, Function, Object, Reflect};
use mock_data::schema::{
    Catalog, CatalogEntry, Code, Codes, Dataset, Declaration, Dimension, Hierarchy, Measure,
    MeasureKind, Period, SuppressionInfo, Table, Text, Value, YearNote,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::usecases::{Step, Tag, UseCase, UseCases};

/// What went wrong, and where.
pub type Problem = String;

/// A type read from parsed JSON.
pub trait FromJson: Sized {
    fn read(v: &JsValue) -> Result<Self, Problem>;
}

/// `found …` for a message: the value itself if it is short, else its kind.
fn found(v: &JsValue) -> String {
    if v.is_undefined() {
        return "nothing".into();
    }
    if Array::is_array(v) {
        return "a list".into();
    }
    if v.is_object() {
        return "an object".into();
    }
    match js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string()) {
        Some(s) if s.chars().count() <= 40 => s,
        _ => "a long value".into(),
    }
}

/// The problem "expected `what`" at a value.
fn expected(what: &str, v: &JsValue) -> Problem {
    format!("expected {what}, found {}", found(v))
}

/// Puts a field name or an index in front of a problem's place.
fn at(place: &str, problem: Problem) -> Problem {
    if problem.starts_with('[') || problem.starts_with("expected") {
        format!(
            "{place}{}{problem}",
            if problem.starts_with('[') { "" } else { ": " }
        )
    } else {
        format!("{place}.{problem}")
    }
}

/// An object (not a list, not null).
fn object(v: &JsValue) -> Result<(), Problem> {
    if v.is_object() && !Array::is_array(v) {
        Ok(())
    } else {
        Err(expected("an object", v))
    }
}

/// A field of an object (`undefined` when it is missing).
fn get(v: &JsValue, name: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A field that must be there.
pub fn field<T: FromJson>(v: &JsValue, name: &str) -> Result<T, Problem> {
    T::read(&get(v, name)).map_err(|p| at(name, p))
}

/// A field that may be missing (or null): its default then.
fn field_or_default<T: FromJson + Default>(v: &JsValue, name: &str) -> Result<T, Problem> {
    let f = get(v, name);
    if f.is_undefined() || f.is_null() {
        Ok(T::default())
    } else {
        T::read(&f).map_err(|p| at(name, p))
    }
}

impl FromJson for String {
    fn read(v: &JsValue) -> Result<Self, Problem> {
        v.as_string().ok_or_else(|| expected("a text", v))
    }
}

impl FromJson for bool {
    fn read(v: &JsValue) -> Result<Self, Problem> {
        v.as_bool().ok_or_else(|| expected("true or false", v))
    }
}

/// A whole number from 0 to `max`. (`max` is an integer so that the message needs no float
/// formatting, which would add 10 KB to the wasm.)
fn whole(v: &JsValue, max: u64) -> Result<f64, Problem> {
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=max as f64).contains(&n) => Ok(n),
        _ => Err(expected(&format!("a whole number from 0 to {max}"), v)),
    }
}

macro_rules! read_whole {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn read(v: &JsValue) -> Result<Self, Problem> {
                whole(v, <$t>::MAX as u64).map(|n| n as $t)
            }
        }
    )*};
}
// u64: JSON numbers are exact up to 2^53, which is as far as a file can count.
read_whole!(u8, u16, u32, u64);

impl<T: FromJson> FromJson for Option<T> {
    fn read(v: &JsValue) -> Result<Self, Problem> {
        if v.is_undefined() || v.is_null() {
            Ok(None)
        } else {
            T::read(v).map(Some)
        }
    }
}

/// The items of a list.
fn list(v: &JsValue) -> Result<Array, Problem> {
    if Array::is_array(v) {
        Ok(Array::from(v))
    } else {
        Err(expected("a list", v))
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(v: &JsValue) -> Result<Self, Problem> {
        let items = list(v)?;
        (0..items.length())
            .map(|i| T::read(&items.get(i)).map_err(|p| at(&format!("[{i}]"), p)))
            .collect()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    /// Inserted one by one: `collect()` into a map sorts first, with a copy of the standard
    /// library's sort per map type (5 KB of wasm each, see `components::sort`).
    fn read(v: &JsValue) -> Result<Self, Problem> {
        object(v)?;
        let mut map = BTreeMap::new();
        for k in Object::keys(&Object::from(v.clone())).iter() {
            let k = k.as_string().unwrap_or_default();
            let t = T::read(&get(v, &k)).map_err(|p| at(&k, p))?;
            map.insert(k, t);
        }
        Ok(map)
    }
}

/// A table's values: numbers and nulls. Read as a whole, not item by item (a table has up to 10⁵
/// of them, and a call between wasm and JavaScript per item cost 10-15 ms per file): the nulls
/// are found with `indexOf` (one call per null), `filter(Number.isFinite)` keeps the numbers,
/// which come over as one array of floats, and anything else (a text, `true`, a list) makes the
/// counts differ; only then is the list searched item by item, for the message.
#[wasm_bindgen]
extern "C" {
    /// `Number.isFinite`: true for a finite number only (it converts nothing, unlike `isFinite`).
    #[wasm_bindgen(thread_local_v2, js_namespace = Number, js_name = isFinite)]
    static IS_FINITE: Function;
    /// A JSON list, for `filter` with a JavaScript function (js-sys' `Array::filter` takes a Rust
    /// closure, which would be called back into wasm per item).
    type JsonList;
    #[wasm_bindgen(method)]
    fn filter(this: &JsonList, f: &Function) -> Array;
}

/// (Not through `Vec<T>`: `Value` has no reader of its own.)
impl FromJson for Vec<Value> {
    fn read(v: &JsValue) -> Result<Self, Problem> {
        let items = list(v)?;
        let mut nulls = Vec::new();
        let mut from = 0;
        loop {
            let i = items.index_of(&JsValue::NULL, from);
            if i < 0 {
                break;
            }
            nulls.push(i as usize);
            from = i + 1;
        }
        // The numbers alone, in order: a list of numbers only becomes floats in one copy (a list
        // with nulls in it takes the slow, item-by-item conversion).
        let numbers = IS_FINITE.with(|f| items.unchecked_ref::<JsonList>().filter(f));
        let numbers = Float64Array::new(&numbers).to_vec();
        let n = items.length() as usize;
        if numbers.len() + nulls.len() != n {
            let bad = (0..items.length())
                .map(|i| (i, items.get(i)))
                .find(|(_, x)| !x.is_null() && !x.as_f64().is_some_and(f64::is_finite));
            if let Some((i, x)) = bad {
                return Err(at(&format!("[{i}]"), expected("a number or null", &x)));
            }
        }
        let mut numbers = numbers.into_iter();
        let mut nulls = nulls.into_iter().peekable();
        let out = (0..n)
            .map(|i| {
                if nulls.next_if_eq(&i).is_some() {
                    Value(None)
                } else {
                    Value(numbers.next())
                }
            })
            .collect();
        Ok(out)
    }
}

/// `impl FromJson` for a struct: each field read by its name; the ones after `default` may be
/// missing.
macro_rules! read_struct {
    ($ty:ident { $($f:ident),* $(,)? } $(default { $($d:ident),* })?) => {
        impl FromJson for $ty {
            fn read(v: &JsValue) -> Result<Self, Problem> {
                object(v)?;
                Ok($ty {
                    $($f: field(v, stringify!($f))?,)*
                    $($($d: field_or_default(v, stringify!($d))?,)*)?
                })
            }
        }
    };
}

read_struct!(Text { da, en });
read_struct!(Period { from, to });
read_struct!(Catalog {
    schema_version,
    synthetic,
    seed,
    datasets
});
read_struct!(CatalogEntry {
    id,
    title,
    file,
    bytes,
    gzip_bytes,
    period
});
read_struct!(Codes {
    schema_version,
    dimensions
});
read_struct!(Dimension {
    id,
    label,
    total,
    levels,
    hierarchies,
    codes
});
read_struct!(Hierarchy { id, label });
read_struct!(Code { code, label, level } default { parents });
read_struct!(Dataset {
    schema_version, id, synthetic, title, description, period, suppression, declaration,
    dimensions, measures, tables
} default { notes });
read_struct!(YearNote { year, text });
read_struct!(SuppressionInfo {
    threshold,
    marker,
    rule
});
read_struct!(Declaration {
    purpose,
    content,
    indicators,
    caveats,
    source,
    publication,
    terms
});
read_struct!(Table {
    id,
    dims,
    codes,
    suppressed,
    values
});
read_struct!(Measure {
    id,
    kind,
    label,
    unit,
    decimals,
    definition
});
read_struct!(UseCases {
    schema_version,
    purposes,
    audiences,
    cases
});
read_struct!(Tag { id, label });
read_struct!(UseCase {
    id,
    view,
    question,
    audiences,
    purpose,
    steps
});
read_struct!(Step { query, text } default { notes });

impl FromJson for MeasureKind {
    fn read(v: &JsValue) -> Result<Self, Problem> {
        match v.as_string().as_deref() {
            Some("persons") => Ok(MeasureKind::Persons),
            Some("events") => Ok(MeasureKind::Events),
            Some("derived") => Ok(MeasureKind::Derived),
            _ => Err(expected("persons, events or derived", v)),
        }
    }
}
