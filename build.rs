//! Compiles the default theme's templates into the binary: every `.html` file of
//! `themes/default/templates/`, so that a template is named nowhere but by the page that
//! renders it.

use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new("themes/default/templates");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("themes/default/templates")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".html"))
        .collect();
    names.sort();
    let mut list = String::from("&[\n");
    for name in names {
        list.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/themes/default/templates/{name}\"))),\n"
        ));
    }
    list.push_str("]\n");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("templates.rs");
    fs::write(out, list).expect("templates.rs");
}
