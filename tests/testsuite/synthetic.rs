//! A national-scale-shaped site from the synthetic generator builds, and its pages and
//! comparisons hold what its files say. (Its speed is measured by `scripts/bench`, not here.)

use std::fs;
use std::path::Path;

use crate::harness::{select, text, SiteTest};

/// The topics a principle file lists, from its front matter.
fn topics_of(file: &Path) -> Vec<String> {
    let text = fs::read_to_string(file).expect("principle file");
    let front = text.split("---").nth(1).expect("front matter");
    let mut topics = Vec::new();
    let mut in_topics = false;
    for line in front.lines() {
        if line.starts_with("topics:") {
            in_topics = true;
        } else if in_topics && line.trim_start().starts_with("- ") {
            topics.push(line.trim_start()[2..].trim_matches('"').to_owned());
        } else {
            in_topics = false;
        }
    }
    topics
}

/// How many records a CSV holds: line ends outside quoted fields (texts span lines).
fn csv_records(csv: &str) -> usize {
    let mut quoted = false;
    let mut records = 0;
    for c in csv.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => records += 1,
            _ => {}
        }
    }
    records
}

#[test]
fn a_synthetic_site_builds_every_page_and_compares_every_principle() {
    let site = SiteTest::synthetic(40, 6);
    site.build_ok();
    let content = site.root.join("content");
    let out = site.root.join("output");

    let compacts: Vec<String> = fs::read_dir(&content)
        .expect("content")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(compacts.len(), 40);
    let mut principles = Vec::new();
    // The living parts' own pages: the versions and one a version, the signatories by name
    // and by date, the plan.
    let mut living = 0;
    for slug in &compacts {
        let folder = content.join(slug);
        let versions = fs::read_dir(folder.join("versions")).map_or(0, |d| d.count());
        living += versions + usize::from(versions > 0);
        let listed = fs::read_to_string(folder.join("signatories.csv"))
            .map_or(0, |csv| csv.lines().count().saturating_sub(1));
        living += 2 * usize::from(listed > 0);
        let actions = fs::read_to_string(folder.join("plan.yaml")).map_or(0, |plan| {
            plan.lines().filter(|l| l.starts_with("- title:")).count()
        });
        living += usize::from(actions > 0);
        assert!(out.join(slug).join("index.html").is_file(), "{slug}");
        let folder = content.join(slug).join("principles");
        for file in fs::read_dir(&folder).into_iter().flatten().flatten() {
            let name = file.file_name().to_string_lossy().replace(".md", "");
            principles.push((slug.clone(), name, topics_of(&file.path())));
        }
    }
    assert!(principles.len() > 100, "{} principles", principles.len());

    let topics = fs::read_dir(out.join("jamfor"))
        .expect("jamfor")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .count();
    let pages = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .count();
    // The front page, the matrix, the timeline, the overview, the accessibility statement
    // search and the open data's page.
    let fixed = 7;
    assert!(
        living > 20,
        "the synthetic compacts have living parts: {living}"
    );
    assert_eq!(
        pages,
        fixed + compacts.len() + principles.len() + topics + living
    );

    let matrix = site.output("jamfor/index.html");
    for (i, (slug, name, listed)) in principles.iter().enumerate() {
        let page = format!("{slug}/{name}/index.html");
        assert!(out.join(&page).is_file(), "{page}");
        assert!(
            matrix.contains(&format!("href=\"../{page}\"")),
            "matrix cell for {page}"
        );
        if i % 7 == 0 {
            for topic in listed {
                let compared = site.output(&format!("jamfor/{topic}/index.html"));
                assert!(
                    compared.contains(&format!("href=\"../../{page}\"")),
                    "{page} on the {topic} page"
                );
            }
        }
    }

    let json: Vec<serde_json::Value> =
        serde_json::from_str(&site.output("data/overenskommelser.json")).expect("JSON");
    assert_eq!(json.len(), compacts.len());
    let csv = site.output("data/principer.csv");
    assert_eq!(
        csv_records(&csv),
        principles.len() + 1,
        "a header and a row a principle"
    );
    // The overview: a row a compact, its lists and plans linked, the promises judged.
    let overview = site.page("oversikt/index.html");
    let rows = select(&overview, "table.overview tbody tr:not(.group)");
    assert_eq!(rows.len(), compacts.len());
    let lists = select(
        &overview,
        "table.overview tbody a[href$=\"anslutna/index.html\"]",
    )
    .len();
    let listed = compacts
        .iter()
        .filter(|slug| out.join(slug).join("anslutna/index.html").is_file())
        .count();
    assert_eq!(lists, listed, "every list of signatories is linked");
    let said: String = rows.iter().map(text).collect::<Vec<_>>().join(" | ");
    assert!(
        said.contains("Ingen uppföljning registrerad sedan"),
        "{said}"
    );

    let matrix = site.page("jamfor/index.html");
    assert_eq!(
        select(&matrix, "tbody tr:not(.group)").len(),
        compacts.len()
    );
    // The compacts are grouped by county, each group under its heading, with a list that
    // leads to each group.
    let jumps = select(&matrix, "nav.jump a");
    assert!(jumps.len() > 5, "a long matrix has a list of its counties");
    let mut counted = 0;
    for link in jumps {
        let target = link.value().attr("href").expect("href");
        let id = target.trim_start_matches('#');
        let heading = select(&matrix, &format!("th[id=\"{id}\"]"));
        let name = heading.first().map(text).unwrap_or_default();
        assert!(name.starts_with(&text(&link)), "{target} leads to {name}");
        let count = name
            .rsplit_once('(')
            .and_then(|(_, n)| n.trim_end_matches(')').parse::<usize>().ok())
            .expect("a count in the heading");
        counted += count;
    }
    assert_eq!(counted, compacts.len(), "every compact in one group");
}
