//! Query strings: parse into decoded pairs, and encode pairs back. Pure, so the URL handling is
//! tested natively (and fuzzed: arbitrary input never panics).

/// Decode `%XX` escapes and `+` (a space in form encoding). Invalid escapes are kept as written;
/// invalid UTF-8 is replaced, never a panic.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                    }
                    _ => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encode everything except the unreserved characters (`A-Z a-z 0-9 - . _ ~`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Split a query string (with or without the leading `?`) into decoded pairs, in order.
/// Empty segments are skipped; a key without `=` gets an empty value.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|seg| !seg.is_empty())
        .map(|seg| match seg.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(seg), String::new()),
        })
        .collect()
}

/// Join pairs into a query string without the leading `?`.
pub fn encode_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                percent_encode(k.as_ref()),
                percent_encode(v.as_ref())
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_of_awkward_values() {
        let pairs = vec![
            ("age".to_string(), "80+".to_string()),
            ("q".to_string(), "æ ø&å=%".to_string()),
        ];
        assert_eq!(parse_query(&encode_query(&pairs)), pairs);
    }

    #[test]
    fn plus_is_space_and_bad_escapes_survive() {
        assert_eq!(
            parse_query("?a=1+2&b=%zz&c=%4&&d"),
            vec![
                ("a".into(), "1 2".into()),
                ("b".into(), "%zz".into()),
                ("c".into(), "%4".into()),
                ("d".into(), "".into()),
            ]
        );
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
