//! A panic must never leave a blank page: the hook logs it to the console and puts a
//! readable message with a reload link at the top of the page, built with plain DOM calls (the
//! reactive system may be what failed).

use crate::texts::{self, Lang};

/// Put a readable error box at the top of the page (once), in the page's language.
pub fn show_error(message: &str) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    let body = doc.body()?;
    if doc.get_element_by_id("panic").is_some() {
        return Some(());
    }
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let href = web_sys::window()?.location().href().ok()?;
    let boxed = doc.create_element("div").ok()?;
    boxed.set_id("panic");
    boxed.set_class_name("panic");
    boxed.set_attribute("role", "alert").ok()?;
    let title = doc.create_element("h2").ok()?;
    title.set_text_content(Some(texts::PANIC_TITLE.get(lang)));
    let text = doc.create_element("p").ok()?;
    text.set_text_content(Some(texts::PANIC_BODY.get(lang)));
    let link = doc.create_element("a").ok()?;
    link.set_attribute("href", &href).ok()?;
    link.set_attribute("class", "button").ok()?;
    link.set_text_content(Some(texts::PANIC_RELOAD.get(lang)));
    let detail = doc.create_element("pre").ok()?;
    detail.set_text_content(Some(message));
    for child in [&title, &text, &link, &detail] {
        boxed.append_child(child).ok()?;
    }
    body.prepend_with_node_1(&boxed).ok()?;
    Some(())
}

/// Install the hook (first thing in `main`).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        let _ = show_error(&message);
    }));
}
