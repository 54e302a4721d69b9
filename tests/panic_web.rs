//! The panic hook's message in a real browser:
//! `cargo test -p speciallaegepraksis --target wasm32-unknown-unknown --test panic_web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_panic_leaves_a_readable_message_with_a_reload_link() {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    doc.document_element()
        .expect("<html>")
        .set_attribute("lang", "da")
        .expect("lang");
    speciallaegepraksis::panic::show_error("index out of bounds").expect("shown");
    // Shown once, however often the hook runs.
    speciallaegepraksis::panic::show_error("second").expect("shown");
    let boxes = doc.query_selector_all("#panic").expect("query");
    assert_eq!(boxes.length(), 1);
    let el = doc.get_element_by_id("panic").expect("the box");
    assert_eq!(el.get_attribute("role").as_deref(), Some("alert"));
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Der opstod en fejl i mock-uppen"), "{text}");
    assert!(text.contains("index out of bounds"), "{text}");
    let link = el
        .query_selector("a")
        .expect("query")
        .expect("a reload link");
    assert!(link
        .get_attribute("href")
        .unwrap_or_default()
        .starts_with("http"));
}
