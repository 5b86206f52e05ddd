use super::*;

fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).expect("date")
}

fn lane<'a>(name: &'a str, status: Status, dates: &[&str]) -> Row<'a> {
    Row::Lane(Lane {
        name,
        status,
        status_label: "Antagen",
        events: dates
            .iter()
            .enumerate()
            .map(|(i, d)| Mark {
                date: date(d),
                anchor: format!("e-{name}-{i}"),
                label: format!("{name} <{d}>"),
            })
            .collect(),
    })
}

const TEXTS: Texts<'static> = Texts {
    title: "Tidslinje & läge",
    description: "En rad per överenskommelse.",
};

#[test]
fn one_lane_per_compact_with_a_mark_per_event() {
    let rows = [
        Row::Heading("Skåne län".to_owned()),
        lane("Eslöv", Status::Adopted, &["2018", "2019-10-01"]),
        lane("Ekerö", Status::Halted, &["2013", "2014-04-02"]),
        lane("Värmdö", Status::Drafting, &[]),
    ];
    let svg = svg(&rows, &TEXTS, date("2026-12-03"), WIDE).expect("a chart");
    assert_eq!(svg.matches("<g class=\"lane ").count(), 3);
    assert_eq!(svg.matches("<circle cx=").count(), 4);
    assert!(svg.contains("<title id=\"chart-title\">Tidslinje &amp; läge</title>"));
    assert!(svg.contains("<desc id=\"chart-desc\">En rad per överenskommelse.</desc>"));
    assert!(svg.contains("href=\"#e-Eslöv-1\""), "{svg}");
    assert!(
        svg.contains("<title>Eslöv &lt;2019-10-01&gt;</title>"),
        "escaped: {svg}"
    );
    assert!(svg.contains(">Skåne län</text>"));
    assert!(svg.contains(">2013</text>") && svg.contains(">2019</text>"));
}

#[test]
fn no_events_no_chart() {
    let lanes = [lane("Värmdö", Status::Drafting, &[])];
    assert!(svg(&lanes, &TEXTS, date("2026-12-03"), WIDE).is_none());
}

#[test]
fn dates_fall_in_order_on_the_axis() {
    let axis = Axis {
        from: 2010.0,
        to: 2020.0,
        layout: WIDE,
    };
    let xs: Vec<f64> = ["2012", "2012-01", "2012-06-15", "2012-12-31", "2013"]
        .iter()
        .map(|d| axis.x(date(d)))
        .collect();
    assert!(xs[1] < xs[2] && xs[2] < xs[3] && xs[3] < xs[4], "{xs:?}");
    assert!(
        xs[0] > xs[1] && xs[0] < xs[3],
        "a bare year at its middle: {xs:?}"
    );
    assert_eq!(axis.at(2010.0), WIDE.axis_left);
    assert_eq!(axis.at(2020.0), WIDE.axis_right);
}

#[test]
fn every_status_has_its_own_shape() {
    let shapes: Vec<String> = Status::ALL.iter().map(|&s| shape(s, 8.0, 8.0)).collect();
    for (i, a) in shapes.iter().enumerate() {
        for b in &shapes[i + 1..] {
            assert_ne!(a, b);
        }
    }
    assert!(symbol(Status::Halted).contains("aria-hidden=\"true\""));
}

#[test]
fn the_axis_runs_to_today_and_a_line_in_force_runs_on_to_it_with_an_arrow() {
    let rows = [
        lane("Eslöv", Status::Adopted, &["2018", "2019-10-01"]),
        lane("Sverige", Status::Ended, &["2008-10-23", "2018-02-21"]),
    ];
    let today = date("2026-12-03");
    let svg = svg(&rows, &TEXTS, today, WIDE).expect("a chart");
    assert!(
        svg.contains(">2026</text>"),
        "the axis reaches today's year: {svg}"
    );
    let axis = Axis {
        from: 2008.0,
        to: 2027.0,
        layout: WIDE,
    };
    let to_today = round(axis.x(today));
    assert!(
        svg.contains(&format!("H{to_today}\"")),
        "Eslöv's line runs to today ({to_today}): {svg}"
    );
    assert_eq!(svg.matches("class=\"cap arrow\"").count(), 1, "{svg}");
    assert_eq!(svg.matches("class=\"cap stop\"").count(), 1, "{svg}");
    let ended = round(axis.x(date("2018-02-21")));
    assert!(
        svg.contains(&format!("H{ended}\"")) && svg.contains(&format!("d=\"M{ended} ")),
        "Sverige's line stops at its last event, with a stroke there: {svg}"
    );
}

#[test]
fn the_narrow_chart_fits_a_phone_with_names_above_and_no_tiny_links() {
    let rows = [
        Row::Heading("Skåne län".to_owned()),
        lane("Eslöv", Status::Adopted, &["2018", "2019-10-01"]),
    ];
    let wide = svg(&rows, &TEXTS, date("2026-12-03"), WIDE).expect("wide");
    let narrow = svg(&rows, &TEXTS, date("2026-12-03"), NARROW).expect("narrow");
    assert!(
        narrow.starts_with("<svg class=\"chart narrow\""),
        "{narrow}"
    );
    assert!(narrow.contains("viewBox=\"0 0 320 "), "{narrow}");
    assert!(narrow.contains("id=\"chart-title-narrow\""));
    assert!(!narrow.contains("<a "), "no marks to tap: {narrow}");
    assert!(wide.contains("<a href=\"#e-Eslöv-1\">"));
    assert!(narrow.contains("<text class=\"name start\""));
    assert!(
        narrow.contains("<title>Antagen</title>"),
        "the status named: {narrow}"
    );
}
