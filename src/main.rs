//! Entry point: everything lives in the library (see `lib.rs`).

fn main() {
    speciallaegepraksis::start();
}
