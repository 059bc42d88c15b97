//! Table-driven tests for the time-expression module.

use chrono::NaiveDate;

use super::{find_dates, Precision, TimeExpr, TimeKind, TimeValue};

use TimeKind::{Date as D, Duration as Dur, Frequency as F, Since as S};

type Expect<'a> = (&'a str, Option<&'a str>, TimeKind);

fn date(s: &str) -> Option<NaiveDate> {
    if s.is_empty() {
        None
    } else {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date"))
    }
}

fn run(text: &str, published: &str) -> Vec<TimeExpr> {
    let found = find_dates(text, date(published));
    check_spans(text, &found);
    found
}

fn check_spans(text: &str, found: &[TimeExpr]) {
    let mut last_end = 0;
    for e in found {
        assert!(e.start < e.end, "{e:?}");
        assert!(e.start >= last_end, "overlap/order: {e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert_eq!(&text[e.start..e.end], e.text);
        last_end = e.end;
    }
}

/// Check the full list of expressions found in each text.
fn table(cases: &[(&str, &str, &[Expect])]) {
    let mut failures = Vec::new();
    for &(text, published, expected) in cases {
        let found = run(text, published);
        let got: Vec<(String, Option<String>, TimeKind)> = found
            .iter()
            .map(|e| (e.text.clone(), e.value.map(|v| v.iso()), e.kind))
            .collect();
        let want: Vec<(String, Option<String>, TimeKind)> = expected
            .iter()
            .map(|&(t, v, k)| (t.to_string(), v.map(str::to_string), k))
            .collect();
        if got != want {
            failures.push(format!(
                "[{published}] {text:?}\n   got:  {got:?}\n   want: {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn real_sentences() {
    table(&[
        ("The leaders met in Erbil on Monday.", "2018-08-28", &[("Monday", Some("2018-08-27"), D)]),
        ("Iraq declared final victory over IS last December.", "2018-08-28", &[("last December", Some("2017-12"), D)]),
        (
            "Baghdad drove the Kurdish Peshmerga forces out of Kirkuk last year following the Oct. 16 attack.",
            "2018-08-28",
            &[("last year", Some("2017"), D), ("Oct. 16", Some("2017-10-16"), D)],
        ),
        ("The Taliban said on Thursday that it would wait.", "2021-08-27", &[("Thursday", Some("2021-08-26"), D)]),
        ("The city fell earlier this month.", "2021-08-27", &[("earlier this month", Some("2021-08"), D)]),
        ("He has been in exile since August 2011.", "2021-08-27", &[("since August 2011", Some("2011-08"), S)]),
        ("Troops must leave before the Aug. 31 deadline.", "2021-08-27", &[("Aug. 31", Some("2021-08-31"), D)]),
        ("The helicopter crashed two days ago.", "2024-05-21", &[("two days ago", Some("2024-05-19"), D)]),
        ("It went down early on Sunday in fog.", "2024-05-21", &[("early on Sunday", Some("2024-05-19"), D)]),
        ("Police said yesterday that he had fled.", "2021-02-17", &[("yesterday", Some("2021-02-16"), D)]),
        ("The vote took place last October.", "2021-02-17", &[("last October", Some("2020-10"), D)]),
        ("The report dated 2020-10-07 was leaked.", "2021-02-17", &[("2020-10-07", Some("2020-10-07"), D)]),
        ("It was signed in August.", "2021-02-17", &[("August", Some("2020-08"), D)]),
        ("Talks resumed last week.", "2021-02-17", &[("last week", Some("2021-W06"), D)]),
        ("Jets struck on Saturday.", "2024-09-28", &[("Saturday", Some("2024-09-28"), D)]),
        ("Jets struck on Friday evening.", "2024-09-28", &[("Friday evening", Some("2024-09-27"), D)]),
        ("Last week it hit Beirut.", "2024-09-28", &[("Last week", Some("2024-W38"), D)]),
        (
            "On Oct. 8, a day after Hamas attacked Israel, Hezbollah fired rockets.",
            "2024-09-28",
            &[("Oct. 8", Some("2023-10-08"), D), ("a day after", Some("2023-10-07"), D)],
        ),
        ("He was arrested yesterday morning.", "2024-03-08", &[("yesterday morning", Some("2024-03-07"), D)]),
        ("He was wanted since December 2020.", "2024-03-08", &[("since December 2020", Some("2020-12"), S)]),
        ("On April 14, 2014 the girls were kidnapped.", "2024-03-08", &[("April 14, 2014", Some("2014-04-14"), D)]),
        ("They met on Wednesday.", "2023-09-13", &[("Wednesday", Some("2023-09-13"), D)]),
        ("The deal was signed on 25 April 2019.", "2023-09-13", &[("25 April 2019", Some("2019-04-25"), D)]),
        ("It was ratified in February 2019.", "2023-09-13", &[("February 2019", Some("2019-02"), D)]),
        ("He died on 10 March.", "2023-04-06", &[("10 March", Some("2023-03-10"), D)]),
        ("She was born in January 2016.", "2023-04-06", &[("January 2016", Some("2016-01"), D)]),
        ("Prices rose last month.", "2023-04-06", &[("last month", Some("2023-03"), D)]),
        ("After four days of talks, they agreed.", "2023-04-06", &[("four days", None, Dur)]),
        (
            "Fighting resumed on Friday after a lull on Wednesday.",
            "2022-03-04",
            &[("Friday", Some("2022-03-04"), D), ("Wednesday", Some("2022-03-02"), D)],
        ),
        ("Russia invaded last week.", "2022-03-04", &[("last week", Some("2022-W08"), D)]),
        ("Unlike at last year\u{2019}s G20 summit, he will attend.", "2022-11-14", &[("last year", Some("2021"), D)]),
        ("Unlike at last year's G20 summit, he will attend.", "2022-11-14", &[("last year", Some("2021"), D)]),
        ("He has been in power since January 2017.", "2022-11-14", &[("since January 2017", Some("2017-01"), S)]),
        ("He took office in January 2017.", "2022-11-14", &[("January 2017", Some("2017-01"), D)]),
    ]);
}

#[test]
fn event_values_of_real_weeks() {
    let cases = [
        ("last week", "2021-02-17", "2021-02"),
        ("Last week", "2024-09-28", "2024-09"),
        ("last week", "2022-03-04", "2022-02"),
    ];
    for (text, p, want) in cases {
        let e = &run(text, p)[0];
        assert_eq!(
            e.event_value().map(|v| v.iso()).as_deref(),
            Some(want),
            "{text} {p}"
        );
    }
    // A week straddling two months stays a week.
    let e = &run("last week", "2024-09-07")[0];
    assert_eq!(e.value.map(|v| v.iso()).as_deref(), Some("2024-W35"));
    assert_eq!(
        e.event_value().map(|v| v.iso()).as_deref(),
        Some("2024-W35")
    );
}

#[test]
fn weekdays() {
    // 2023-09-13 is a Wednesday.
    let p = "2023-09-13";
    table(&[
        ("on Monday", p, &[("Monday", Some("2023-09-11"), D)]),
        ("Monday", p, &[("Monday", Some("2023-09-11"), D)]),
        ("ON MONDAY", p, &[("MONDAY", Some("2023-09-11"), D)]),
        ("on thursday", p, &[("thursday", Some("2023-09-07"), D)]),
        ("on Wednesday", p, &[("Wednesday", Some("2023-09-13"), D)]),
        ("last Monday", p, &[("last Monday", Some("2023-09-11"), D)]),
        (
            "last Wednesday",
            p,
            &[("last Wednesday", Some("2023-09-06"), D)],
        ),
        ("this Monday", p, &[("this Monday", Some("2023-09-11"), D)]),
        ("next Monday", p, &[("next Monday", Some("2023-09-18"), D)]),
        (
            "next Wednesday",
            p,
            &[("next Wednesday", Some("2023-09-20"), D)],
        ),
        (
            "Monday morning",
            p,
            &[("Monday morning", Some("2023-09-11"), D)],
        ),
        (
            "late on Tuesday night",
            p,
            &[("late on Tuesday night", Some("2023-09-12"), D)],
        ),
        (
            "early on Sunday",
            p,
            &[("early on Sunday", Some("2023-09-10"), D)],
        ),
        (
            "on Monday last week",
            p,
            &[("Monday last week", Some("2023-09-04"), D)],
        ),
        (
            "on Friday, Sept. 8,",
            p,
            &[("Friday, Sept. 8", Some("2023-09-08"), D)],
        ),
        // Future markers read forward.
        (
            "The summit will be held on Friday.",
            p,
            &[("Friday", Some("2023-09-15"), D)],
        ),
        (
            "The vote is due on Monday.",
            p,
            &[("Monday", Some("2023-09-18"), D)],
        ),
        (
            "He is expected to arrive on Wednesday.",
            p,
            &[("Wednesday", Some("2023-09-13"), D)],
        ),
        (
            "Talks are scheduled for Thursday.",
            p,
            &[("Thursday", Some("2023-09-14"), D)],
        ),
        // A future marker in an earlier sentence does not count.
        (
            "He will go. They met on Friday.",
            p,
            &[("Friday", Some("2023-09-08"), D)],
        ),
        // Abbreviated weekdays are never matched.
        ("Sun and Wed and Sat. shone", p, &[]),
        // Plural: a frequency.
        ("The market opens on Mondays.", p, &[("Mondays", None, F)]),
    ]);
}

#[test]
fn day_words() {
    let p = "2024-03-08";
    table(&[
        ("today", p, &[("today", Some("2024-03-08"), D)]),
        ("TODAY", p, &[("TODAY", Some("2024-03-08"), D)]),
        ("tonight", p, &[("tonight", Some("2024-03-08"), D)]),
        ("yesterday", p, &[("yesterday", Some("2024-03-07"), D)]),
        (
            "yesterday afternoon",
            p,
            &[("yesterday afternoon", Some("2024-03-07"), D)],
        ),
        ("tomorrow", p, &[("tomorrow", Some("2024-03-09"), D)]),
        (
            "this morning",
            p,
            &[("this morning", Some("2024-03-08"), D)],
        ),
        ("last night", p, &[("last night", Some("2024-03-07"), D)]),
        (
            "the day before yesterday",
            p,
            &[("the day before yesterday", Some("2024-03-06"), D)],
        ),
        (
            "He left the day before.",
            p,
            &[("the day before", Some("2024-03-07"), D)],
        ),
        (
            "He was seen on Monday. He had left the day before.",
            p,
            &[
                ("Monday", Some("2024-03-04"), D),
                ("the day before", Some("2024-03-03"), D),
            ],
        ),
        (
            "He arrived on March 1. Two days later he left.",
            p,
            &[
                ("March 1", Some("2024-03-01"), D),
                ("Two days later", Some("2024-03-03"), D),
            ],
        ),
        (
            "He arrived on March 1. The next day he left.",
            p,
            &[
                ("March 1", Some("2024-03-01"), D),
                ("The next day", Some("2024-03-02"), D),
            ],
        ),
        (
            "He arrived on March 5. A day earlier, he had called.",
            p,
            &[
                ("March 5", Some("2024-03-05"), D),
                ("A day earlier", Some("2024-03-04"), D),
            ],
        ),
        (
            "He arrived on Feb. 3. Days later he left.",
            p,
            &[
                ("Feb. 3", Some("2024-02-03"), D),
                ("Days later", Some("2024-02"), D),
            ],
        ),
        // Vague offset near the end of a month: no value rather than a wrong one.
        (
            "He arrived on Feb. 27. Days later he left.",
            p,
            &[("Feb. 27", Some("2024-02-27"), D), ("Days later", None, D)],
        ),
        // Forward offset without anchor: unknown.
        ("Two days later he left.", p, &[("Two days later", None, D)]),
        // A year named earlier in the sentence is the year of a month-day.
        (
            "It revived memories of 1987, when soldiers detained him on May 14.",
            p,
            &[("1987", Some("1987"), D), ("May 14", Some("1987-05-14"), D)],
        ),
        // ... but not the year a span began.
        (
            "Pay has been late since the cut in 2014, and fell after Oct. 16.",
            p,
            &[
                ("2014", Some("2014"), D),
                ("Oct. 16", Some("2023-10-16"), D),
            ],
        ),
        // Opening its sentence, a complement counts on from the last date.
        (
            "She was shot on March 4. The day after the killing, thousands marched.",
            p,
            &[
                ("March 4", Some("2024-03-04"), D),
                ("The day after", Some("2024-03-05"), D),
            ],
        ),
        (
            "She was shot on March 4. Two days after the killing, thousands marched.",
            p,
            &[
                ("March 4", Some("2024-03-04"), D),
                ("Two days after", Some("2024-03-06"), D),
            ],
        ),
        // An event told before, said to come after: counted back from it.
        (
            "Police raided the campus on Saturday. The raid came two days after a march.",
            p,
            &[
                ("Saturday", Some("2024-03-02"), D),
                ("two days after", Some("2024-02-29"), D),
            ],
        ),
        // A month joined to one with a year takes that year.
        (
            "Two politicians were shot dead in February and July 2013.",
            p,
            &[
                ("February", Some("2013-02"), D),
                ("July 2013", Some("2013-07"), D),
            ],
        ),
        // "the night before" ending a sentence is the day before.
        (
            "Troops retook it on Friday from rebels who had seized it the night before.",
            p,
            &[
                ("Friday", Some("2024-03-08"), D),
                ("the night before", Some("2024-03-07"), D),
            ],
        ),
        (
            "He was arrested on Monday, the day before the vote.",
            p,
            &[
                ("Monday", Some("2024-03-04"), D),
                ("the day before", Some("2024-03-05"), D),
            ],
        ),
        // Complement with no anchor in the sentence.
        (
            "A day after the attack, police came.",
            p,
            &[("A day after", None, D)],
        ),
    ]);
}

#[test]
fn relative_periods() {
    let p = "2018-08-28";
    table(&[
        ("last week", p, &[("last week", Some("2018-W34"), D)]),
        ("this week", p, &[("this week", Some("2018-W35"), D)]),
        ("next week", p, &[("next week", Some("2018-W36"), D)]),
        (
            "earlier this week",
            p,
            &[("earlier this week", Some("2018-W35"), D)],
        ),
        ("last month", p, &[("last month", Some("2018-07"), D)]),
        (
            "later this month",
            p,
            &[("later this month", Some("2018-08"), D)],
        ),
        ("next month", p, &[("next month", Some("2018-09"), D)]),
        (
            "late last month",
            p,
            &[("late last month", Some("2018-07"), D)],
        ),
        ("last year", p, &[("last year", Some("2017"), D)]),
        (
            "earlier this year",
            p,
            &[("earlier this year", Some("2018"), D)],
        ),
        ("late last year", p, &[("late last year", Some("2017"), D)]),
        ("next year", p, &[("next year", Some("2019"), D)]),
        ("last quarter", p, &[("last quarter", Some("2018-Q2"), D)]),
        ("early 2019", p, &[("early 2019", Some("2019"), D)]),
        ("mid-2019", p, &[("mid-2019", Some("2019"), D)]),
        ("late 2016", p, &[("late 2016", Some("2016"), D)]),
        (
            "over the weekend",
            p,
            &[("the weekend", Some("2018-W34"), D)],
        ),
        ("over the past week", p, &[("the past week", None, Dur)]),
        (
            "over the past few months",
            p,
            &[("the past few months", None, Dur)],
        ),
        (
            "in the last two years",
            p,
            &[("the last two years", None, Dur)],
        ),
        ("in the coming days", p, &[("the coming days", None, Dur)]),
        ("last weekend", p, &[("last weekend", Some("2018-W34"), D)]),
        (
            "this weekend",
            "2018-09-01",
            &[("this weekend", Some("2018-W35"), D)],
        ),
        ("January 2019", p, &[("January 2019", Some("2019-01"), D)]),
    ]);
}

#[test]
fn ago() {
    let p = "2024-05-21";
    table(&[
        (
            "two days ago",
            p,
            &[("two days ago", Some("2024-05-19"), D)],
        ),
        ("2 days ago", p, &[("2 days ago", Some("2024-05-19"), D)]),
        (
            "three weeks ago",
            p,
            &[("three weeks ago", Some("2024-04-30"), D)],
        ),
        ("a week ago", p, &[("a week ago", Some("2024-05-14"), D)]),
        ("a year ago", p, &[("a year ago", Some("2023"), D)]),
        (
            "six months ago",
            p,
            &[("six months ago", Some("2023-11"), D)],
        ),
        ("20 years ago", p, &[("20 years ago", Some("2004"), D)]),
        ("a few days ago", p, &[("a few days ago", None, D)]),
        ("several weeks ago", p, &[("several weeks ago", None, D)]),
        (
            "more than a year ago",
            p,
            &[("more than a year ago", None, D)],
        ),
        ("days ago", p, &[("days ago", None, D)]),
        ("two days ago", "", &[("two days ago", None, D)]),
    ]);
}

#[test]
fn month_forms() {
    let p = "2018-08-28";
    table(&[
        ("Oct. 16", p, &[("Oct. 16", Some("2017-10-16"), D)]),
        ("Sept. 3", p, &[("Sept. 3", Some("2017-09-03"), D)]),
        ("Sep 3", p, &[("Sep 3", Some("2017-09-03"), D)]),
        ("Aug. 3", p, &[("Aug. 3", Some("2018-08-03"), D)]),
        // "that year": the year named last, even in a span ("since 2005")
        // or a sentence before
        (
            "They last marched since 2005, when he was killed on Feb. 14 that year.",
            p,
            &[
                ("since 2005", Some("2005"), S),
                ("Feb. 14", Some("2005-02-14"), D),
            ],
        ),
        (
            "The army took the town in 2012. On March 3 that year, rebels attacked.",
            p,
            &[
                ("2012", Some("2012"), D),
                ("March 3", Some("2012-03-03"), D),
            ],
        ),
        // "that month", "the same month": the month of the date told last
        (
            "Gunmen struck on June 21. Earlier that month, a gunman killed five.",
            p,
            &[
                ("June 21", Some("2018-06-21"), D),
                ("that month", Some("2018-06"), D),
            ],
        ),
        (
            "Rebels took the town in March. In the same month, gunmen attacked.",
            p,
            &[
                ("March", Some("2018-03"), D),
                ("the same month", Some("2018-03"), D),
            ],
        ),
        // "earlier in the week": this week; "later in the day", "earlier in
        // the month": the day or month of the date told last
        (
            "Police struck on June 21. Later in the day, and earlier in the month, gunmen killed five.",
            p,
            &[
                ("June 21", Some("2018-06-21"), D),
                ("Later in the day", Some("2018-06-21"), D),
                ("earlier in the month", Some("2018-06"), D),
            ],
        ),
        // a day after a month told last in the sentence is in that month
        (
            "In late December rebels held Bambari, before troops retook it the next day.",
            p,
            &[
                ("late December", Some("2017-12"), D),
                ("the next day", Some("2017-12"), D),
            ],
        ),
        (
            "Last October, gunmen killed 22 soldiers, and a week later a worker was kidnapped.",
            p,
            &[
                ("Last October", Some("2017-10"), D),
                ("a week later", Some("2017-10"), D),
            ],
        ),
        // "in the days that followed": a few days after the date told last
        (
            "Police struck on June 11. In the days that followed, gunmen killed five.",
            p,
            &[
                ("June 11", Some("2018-06-11"), D),
                ("the days that followed", Some("2018-06"), D),
            ],
        ),
        ("Earlier in the week, police struck.", p, &[("Earlier in the week", Some("2018-W35"), D)]),
        ("Aug. 28", p, &[("Aug. 28", Some("2018-08-28"), D)]),
        ("16 October", p, &[("16 October", Some("2017-10-16"), D)]),
        (
            "October 16th, 2017",
            p,
            &[("October 16th, 2017", Some("2017-10-16"), D)],
        ),
        (
            "October 16, 2017",
            p,
            &[("October 16, 2017", Some("2017-10-16"), D)],
        ),
        ("16 Oct 2017", p, &[("16 Oct 2017", Some("2017-10-16"), D)]),
        (
            "16 Oct. 2017",
            p,
            &[("16 Oct. 2017", Some("2017-10-16"), D)],
        ),
        (
            "the 16th of October",
            p,
            &[("16th of October", Some("2017-10-16"), D)],
        ),
        ("in October", p, &[("October", Some("2017-10"), D)]),
        ("in August", p, &[("August", Some("2018-08"), D)]),
        ("in july", p, &[("july", Some("2018-07"), D)]),
        ("last October", p, &[("last October", Some("2017-10"), D)]),
        ("last August", p, &[("last August", Some("2017-08"), D)]),
        ("last July", p, &[("last July", Some("2018-07"), D)]),
        ("next March", p, &[("next March", Some("2019-03"), D)]),
        ("October 2017", p, &[("October 2017", Some("2017-10"), D)]),
        (
            "October of 2017",
            p,
            &[("October of 2017", Some("2017-10"), D)],
        ),
        (
            "in January 2016",
            p,
            &[("January 2016", Some("2016-01"), D)],
        ),
        ("early March", p, &[("early March", Some("2018-03"), D)]),
        ("mid-September", p, &[("mid-September", Some("2017-09"), D)]),
        ("Feb. 29", p, &[("Feb. 29", Some("2016-02-29"), D)]),
        ("Feb. 30", p, &[]),
        (
            "last December",
            "2018-12-10",
            &[("last December", Some("2017-12"), D)],
        ),
        (
            "on 10 March",
            "2023-04-06",
            &[("10 March", Some("2023-03-10"), D)],
        ),
        // Year cues in the same sentence.
        (
            "In March last year, prices fell.",
            p,
            &[
                ("March", Some("2017-03"), D),
                ("last year", Some("2017"), D),
            ],
        ),
        // (a cue right after a month fixes only that month's year)
        (
            "In May, workers were seized, and in February last year a family was snatched.",
            p,
            &[
                ("May", Some("2018-05"), D),
                ("February", Some("2017-02"), D),
                ("last year", Some("2017"), D),
            ],
        ),
        (
            "The vote on Nov. 6 this year",
            p,
            &[
                ("Nov. 6", Some("2018-11-06"), D),
                ("this year", Some("2018"), D),
            ],
        ),
        (
            "The vote, due on Nov. 6 next year",
            p,
            &[
                ("Nov. 6", Some("2019-11-06"), D),
                ("next year", Some("2019"), D),
            ],
        ),
        // Future markers.
        (
            "Elections will be held on Oct. 7.",
            p,
            &[("Oct. 7", Some("2018-10-07"), D)],
        ),
        (
            "Elections will be held in October.",
            p,
            &[("October", Some("2018-10"), D)],
        ),
        // Deadline: forward within two months only.
        (
            "before the Aug. 31 deadline",
            p,
            &[("Aug. 31", Some("2018-08-31"), D)],
        ),
        (
            "missed the Aug. 2 deadline",
            p,
            &[("Aug. 2", Some("2018-08-02"), D)],
        ),
        (
            "the Dec. 31 deadline",
            p,
            &[("Dec. 31", Some("2017-12-31"), D)],
        ),
        // Relative forms without a publication date.
        ("Oct. 16", "", &[("Oct. 16", None, D)]),
        (
            "October 16, 2017",
            "",
            &[("October 16, 2017", Some("2017-10-16"), D)],
        ),
    ]);
    let e = &run("Oct. 16", "")[0];
    assert!(e.relative);
    let e = &run("October 16, 2017", "")[0];
    assert!(!e.relative);
}

#[test]
fn ambiguous_month_words() {
    let p = "2018-08-28";
    table(&[
        ("He may go.", p, &[]),
        ("May I ask?", p, &[]),
        ("They may 5 times refuse.", p, &[]),
        ("May 5 was chosen.", p, &[("May 5", Some("2018-05-05"), D)]),
        ("MAY 5", p, &[("MAY 5", Some("2018-05-05"), D)]),
        ("May 2016 was hot.", p, &[("May 2016", Some("2016-05"), D)]),
        ("It happened in May.", p, &[("May", Some("2018-05"), D)]),
        (
            "It has rained since May.",
            p,
            &[("since May", Some("2018-05"), S)],
        ),
        ("Theresa May said no.", p, &[]),
        ("Theresa May 2019 memoir", p, &[]),
        (
            "They will march on Sunday.",
            p,
            &[("Sunday", Some("2018-09-02"), D)],
        ),
        ("The March organisers met.", p, &[]),
        ("The protest march began.", p, &[]),
        ("in early March", p, &[("early March", Some("2018-03"), D)]),
        ("on March 3", p, &[("March 3", Some("2018-03-03"), D)]),
        ("an august body", p, &[]),
        ("Jan said no.", p, &[]),
        ("Jan. 5", p, &[("Jan. 5", Some("2018-01-05"), D)]),
        ("Jan 5", p, &[("Jan 5", Some("2018-01-05"), D)]),
        ("the dec 5 meeting", p, &[]),
        ("Wed. 5", p, &[]),
    ]);
}

#[test]
fn numeric_dates() {
    table(&[
        ("2021-03-03", "", &[("2021-03-03", Some("2021-03-03"), D)]),
        ("on 2021-13-03", "", &[]),
        ("25/04/2019", "", &[("25/04/2019", Some("2019-04-25"), D)]),
        ("04/25/2019", "", &[("04/25/2019", Some("2019-04-25"), D)]),
        ("3.4.2021", "", &[("3.4.2021", Some("2021"), D)]),
        ("03/04/2021", "", &[("03/04/2021", Some("2021"), D)]),
        ("4/4/2021", "", &[("4/4/2021", Some("2021-04-04"), D)]),
        ("31/02/2021", "", &[]),
        ("version 1.2.3 and 3.5 million", "", &[]),
    ]);
    let e = &run("03/04/2021", "")[0];
    assert_eq!(e.value.map(|v| v.precision()), Some(Precision::Year));
}

#[test]
fn years_decades_seasons_quarters() {
    let p = "2018-08-28";
    table(&[
        ("in 2014", p, &[("2014", Some("2014"), D)]),
        ("since 2011", p, &[("since 2011", Some("2011"), S)]),
        ("until 2030", p, &[("2030", Some("2030"), D)]),
        ("by 2050", p, &[("2050", Some("2050"), D)]),
        ("2014 people died", p, &[]),
        (
            "during the 2013 Gezi Park protests",
            p,
            &[("2013", Some("2013"), D)],
        ),
        (
            "since the 2013 protests",
            p,
            &[("since the 2013", Some("2013"), S)],
        ),
        ("the 2021 coup", p, &[("2021", Some("2021"), D)]),
        ("the 2014.", p, &[]),
        ("it cost $2014", p, &[]),
        ("in 1850", p, &[]),
        (
            "between 2010 and 2014",
            p,
            &[("2010", Some("2010"), D), ("2014", Some("2014"), D)],
        ),
        (
            "from 2010 to 2014",
            p,
            &[("2010", Some("2010"), D), ("2014", Some("2014"), D)],
        ),
        (
            "in 2010-2014",
            p,
            &[("2010", Some("2010"), D), ("2014", Some("2014"), D)],
        ),
        ("the 1990s", p, &[("1990s", None, D)]),
        ("in the early 1990s", p, &[("early 1990s", None, D)]),
        ("the '90s", p, &[("'90s", None, D)]),
        ("last summer", p, &[("last summer", None, D)]),
        (
            "in the spring of 2019",
            p,
            &[("spring of 2019", Some("2019"), D)],
        ),
        ("summer 2019", p, &[("summer 2019", Some("2019"), D)]),
        ("in the winter", p, &[("winter", None, D)]),
        ("the fall of Kabul", p, &[]),
        ("a hot spring", p, &[]),
        (
            "the third quarter of 2018",
            p,
            &[("third quarter of 2018", Some("2018-Q3"), D)],
        ),
        ("Q3 2018", p, &[("Q3 2018", Some("2018-Q3"), D)]),
        ("Q1", p, &[("Q1", Some("2018-Q1"), D)]),
        (
            "the fourth quarter",
            p,
            &[("fourth quarter", Some("2017-Q4"), D)],
        ),
        (
            "second-quarter profit",
            p,
            &[("second-quarter", Some("2018-Q2"), D)],
        ),
        ("the first quarter of the century", p, &[]),
    ]);
}

#[test]
fn durations_and_frequencies() {
    let p = "2018-08-28";
    table(&[
        ("for three days", p, &[("three days", None, Dur)]),
        ("within days", p, &[("days", None, Dur)]),
        ("four days of talks", p, &[("four days", None, Dur)]),
        (
            "more than seven years",
            p,
            &[("more than seven years", None, Dur)],
        ),
        ("six years in prison", p, &[("six years", None, Dur)]),
        (
            "for more than three decades",
            p,
            &[("more than three decades", None, Dur)],
        ),
        ("three decades", p, &[("three decades", None, Dur)]),
        ("hours after the blast", p, &[("hours", None, Dur)]),
        ("several hours", p, &[("several hours", None, Dur)]),
        ("for years", p, &[("years", None, Dur)]),
        ("in recent weeks", p, &[("weeks", None, Dur)]),
        ("a three-day visit", p, &[("three-day", None, Dur)]),
        ("a 25-year-old man", p, &[]),
        ("months after the war", p, &[("months", None, Dur)]),
        ("every week", p, &[("every week", None, F)]),
        ("each year", p, &[("each year", None, F)]),
        ("every two weeks", p, &[("every two weeks", None, F)]),
        ("every Monday", p, &[("every Monday", None, F)]),
        ("daily", p, &[("daily", None, F)]),
        ("twice a month", p, &[("twice a month", None, F)]),
        ("three times a year", p, &[("three times a year", None, F)]),
        ("$5 billion a year", p, &[("a year", None, F)]),
        ("per year", p, &[("per year", None, F)]),
        (
            "three days ago",
            p,
            &[("three days ago", Some("2018-08-25"), D)],
        ),
    ]);
}

#[test]
fn times_of_day_are_harmless() {
    let p = "2018-08-28";
    table(&[
        (
            "at 8 a.m. on Monday",
            p,
            &[("Monday", Some("2018-08-27"), D)],
        ),
        ("at 0700 GMT", p, &[]),
        ("shortly after midnight", p, &[]),
        ("by early morning", p, &[]),
        (
            "at 10:30 p.m. Sunday",
            p,
            &[("Sunday", Some("2018-08-26"), D)],
        ),
    ]);
}

#[test]
fn no_publication_date() {
    for text in [
        "on Monday",
        "yesterday",
        "last week",
        "in October",
        "three days ago",
        "last year",
    ] {
        let found = run(text, "");
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].value, None, "{text}");
        assert!(found[0].relative, "{text}");
    }
    let found = run("in 2014 and on 2021-03-03", "");
    assert!(found.iter().all(|e| e.value.is_some() && !e.relative));
}

#[test]
fn time_value_methods() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let day = TimeValue::Day(d(2018, 8, 27));
    let week = TimeValue::Week {
        year: 2018,
        week: 35,
    };
    let month = TimeValue::Month {
        year: 2018,
        month: 8,
    };
    let quarter = TimeValue::Quarter {
        year: 2018,
        quarter: 3,
    };
    let year = TimeValue::Year(2018);
    assert_eq!(
        [
            day.iso(),
            week.iso(),
            month.iso(),
            quarter.iso(),
            year.iso()
        ],
        ["2018-08-27", "2018-W35", "2018-08", "2018-Q3", "2018"]
    );
    assert_eq!(week.first_day(), d(2018, 8, 27));
    assert_eq!(week.last_day(), d(2018, 9, 2));
    assert_eq!(month.last_day(), d(2018, 8, 31));
    assert_eq!(
        TimeValue::Month {
            year: 2016,
            month: 2
        }
        .last_day(),
        d(2016, 2, 29)
    );
    assert_eq!(
        TimeValue::Month {
            year: 2016,
            month: 12
        }
        .last_day(),
        d(2016, 12, 31)
    );
    assert_eq!(quarter.first_day(), d(2018, 7, 1));
    assert_eq!(quarter.last_day(), d(2018, 9, 30));
    assert_eq!(year.last_day(), d(2018, 12, 31));
    assert!(month.contains(&day) && quarter.contains(&month) && year.contains(&quarter));
    assert!(year.contains(&week) && !month.contains(&week) && week.contains(&day));
    assert!(!day.contains(&month) && day.contains(&day));
    assert!(Precision::Day < Precision::Week && Precision::Quarter < Precision::Year);
    assert_eq!(week.event_value(), week);
    assert_eq!(
        TimeValue::Week {
            year: 2018,
            week: 33
        }
        .event_value(),
        month
    );
    // Out-of-range fields do not panic.
    for v in [
        TimeValue::Month {
            year: 2018,
            month: 13,
        },
        TimeValue::Week {
            year: 2018,
            week: 99,
        },
        TimeValue::Quarter {
            year: i32::MAX,
            quarter: 0,
        },
        TimeValue::Year(i32::MIN),
    ] {
        let _ = (v.first_day(), v.last_day(), v.iso(), v.event_value());
    }
}

#[test]
fn serde_round_trip() {
    let found = run("since August 2011 and on Monday", "2018-08-28");
    let json = serde_json::to_string(&found).unwrap();
    assert!(json.contains("\"kind\":\"since\""));
    assert!(json.contains("\"kind\":\"date\""));
    let back: Vec<TimeExpr> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, found);
    assert_eq!(
        serde_json::to_string(&Precision::Quarter).unwrap(),
        "\"quarter\""
    );
    assert_eq!(
        serde_json::to_string(&TimeKind::Duration).unwrap(),
        "\"duration\""
    );
}

#[test]
fn extreme_publication_dates() {
    for p in [NaiveDate::MIN, NaiveDate::MAX] {
        let text = "yesterday, tomorrow, next week, last year, Oct. 16, in May, on Monday, \
                    next Monday, two days later, 3 years ago, last weekend, Q3, next quarter";
        let found = find_dates(text, Some(p));
        check_spans(text, &found);
        assert!(found.len() > 5);
    }
}

#[test]
fn odd_strings_never_panic() {
    let pieces = [
        "on",
        "Monday",
        "May",
        "5",
        "2014",
        "Oct",
        ".",
        ",",
        "-",
        "'",
        "’",
        "s",
        "a",
        "day",
        "after",
        "ago",
        "the",
        "16th",
        "of",
        "é",
        "日本",
        "🙂",
        "\u{200d}",
        "03/04/2021",
        "2021-03-03",
        "1.2.",
        "\n\n",
        " ",
        "since",
        "last",
        "year",
        "Q3",
        "mid",
        "every",
        "1,000",
        "9999999999999",
        "ﬁ",
        "İ",
        "three-day",
        "\t",
        "tonight",
        "31",
        "Feb",
        "29",
    ];
    // Deterministic pseudo-random generator (xorshift).
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 12) as usize;
        let mut s = String::new();
        for _ in 0..len {
            let p = pieces[(next() % pieces.len() as u64) as usize];
            s.push_str(p);
            if next() % 3 != 0 {
                s.push(' ');
            }
        }
        for published in [None, NaiveDate::from_ymd_opt(2020, 2, 29)] {
            let found = find_dates(&s, published);
            check_spans(&s, &found);
        }
    }
    // Arbitrary byte soup decoded lossily.
    for _ in 0..500 {
        let bytes: Vec<u8> = (0..(next() % 40)).map(|_| (next() % 256) as u8).collect();
        let s = String::from_utf8_lossy(&bytes).into_owned();
        check_spans(&s, &find_dates(&s, NaiveDate::from_ymd_opt(2020, 1, 1)));
    }
}

#[test]
fn long_text_is_linear() {
    let unit = "On Monday, two days after the Oct. 16 attack last year, officials met since 2011 for three days. ";
    let text = unit.repeat(20_000); // ~2 MB
    let start = std::time::Instant::now();
    let found = find_dates(&text, NaiveDate::from_ymd_opt(2018, 8, 28));
    assert_eq!(found.len(), 6 * 20_000);
    check_spans(&text, &found);
    assert!(start.elapsed().as_secs() < 20);
    let ws = " ".repeat(1_000_000) + "Monday";
    assert_eq!(find_dates(&ws, None).len(), 1);
}

#[test]
fn extended_forms() {
    let p = "2018-08-28";
    table(&[
        (
            "this past week",
            p,
            &[("this past week", Some("2018-W34"), D)],
        ),
        (
            "this past weekend",
            p,
            &[("this past weekend", Some("2018-W34"), D)],
        ),
        (
            "over the weekend",
            p,
            &[("the weekend", Some("2018-W34"), D)],
        ),
        ("the October Revolution", p, &[]),
        (
            "October saw record sales.",
            p,
            &[("October", Some("2017-10"), D)],
        ),
        (
            "in June and July",
            p,
            &[("June", Some("2018-06"), D), ("July", Some("2018-07"), D)],
        ),
        ("Black Friday sales", p, &[]),
        ("Good Friday", p, &[]),
        (
            "the bombings on Easter Sunday",
            "2019-04-22",
            &[("Easter Sunday", Some("2019-04-21"), D)],
        ),
        (
            "on Easter Monday",
            "2019-03-01",
            &[("Easter Monday", Some("2018-04-02"), D)],
        ),
        ("Easter services", p, &[]),
        (
            "On Christmas Eve 2019, jihadists attacked the town.",
            "2023-01-16",
            &[("Christmas Eve 2019", Some("2019-12-24"), D)],
        ),
        (
            "a nightclub attack on New Year’s Day",
            "2017-01-03",
            &[("New Year’s Day", Some("2017-01-01"), D)],
        ),
        (
            "rebels shelled Goma on Christmas Day",
            "2023-01-16",
            &[("Christmas Day", Some("2022-12-25"), D)],
        ),
        ("the new year", p, &[]),
        ("Christmas shopping", p, &[]),
        (
            "over al Qaeda’s 1998 bombings of the embassies",
            p,
            &[("1998", Some("1998"), D)],
        ),
        (
            "the company's 2019 results",
            p,
            &[("2019", Some("2019"), D)],
        ),
        ("Bill's 1998 votes", p, &[("1998", Some("1998"), D)]),
        ("in early summer", p, &[("early summer", None, D)]),
        (
            "2021-03-03T10:00:00Z",
            p,
            &[("2021-03-03", Some("2021-03-03"), D)],
        ),
        (
            "He was shot on Aug. 3 and died the same day.",
            p,
            &[
                ("Aug. 3", Some("2018-08-03"), D),
                ("the same day", Some("2018-08-03"), D),
            ],
        ),
        (
            "He arrived in March 2015. A year later he left.",
            p,
            &[
                ("March 2015", Some("2015-03"), D),
                ("A year later", Some("2016"), D),
            ],
        ),
        (
            "The war began in 2003. The following year, the insurgency grew.",
            p,
            &[
                ("2003", Some("2003"), D),
                ("The following year", Some("2004"), D),
            ],
        ),
        (
            "He arrived on Aug. 1. He led an uprising in November 2001 and was arrested days later.",
            p,
            &[
                ("Aug. 1", Some("2018-08-01"), D),
                ("November 2001", Some("2001-11"), D),
                ("days later", Some("2001-11"), D),
            ],
        ),
        (
            "He was freed on Aug. 1. Three weeks later he fled.",
            p,
            &[
                ("Aug. 1", Some("2018-08-01"), D),
                ("Three weeks later", Some("2018-08-22"), D),
            ],
        ),
        (
            "He arrived on Monday, ten months after the Oct. 16 attack.",
            p,
            &[
                ("Monday", Some("2018-08-27"), D),
                ("ten months after", Some("2017-10"), D),
                ("Oct. 16", Some("2017-10-16"), D),
            ],
        ),
        (
            "every year since 2011",
            p,
            &[("every year", None, F), ("since 2011", Some("2011"), S)],
        ),
        (
            "since last year",
            p,
            &[("since last year", Some("2017"), S)],
        ),
        ("since the 1990s", p, &[("since the 1990s", None, S)]),
        (
            "Dec. 7, 1941",
            p,
            &[("Dec. 7, 1941", Some("1941-12-07"), D)],
        ),
        ("in fiscal 2019", p, &[("2019", Some("2019"), D)]),
        ("the first half of 2019", p, &[("2019", Some("2019"), D)]),
        ("in mid-May", p, &[("mid-May", Some("2018-05"), D)]),
        (
            "earlier today",
            p,
            &[("earlier today", Some("2018-08-28"), D)],
        ),
        (
            "WASHINGTON, Aug 27 (Reuters) -",
            p,
            &[("Aug 27", Some("2018-08-27"), D)],
        ),
        (
            "the 24-hour strike lasted 24 hours",
            p,
            &[("24-hour", None, Dur), ("24 hours", None, Dur)],
        ),
    ]);
    // Anchored forms work from an absolute anchor without a publication date.
    table(&[(
        "He arrived on March 1, 2015. Two days later he left.",
        "",
        &[
            ("March 1, 2015", Some("2015-03-01"), D),
            ("Two days later", Some("2015-03-03"), D),
        ],
    )]);
}

/// Every lowercase word literal of the module's source: the vocabulary of
/// the word lists, to check the fast word sets against the lexicon.
fn source_words() -> Vec<&'static str> {
    let sources = [
        include_str!("lexicon.rs"),
        include_str!("scan.rs"),
        include_str!("token.rs"),
        include_str!("resolve.rs"),
    ];
    let mut words: Vec<&str> = sources
        .iter()
        // Every piece between two quotes: a word literal, or code, which
        // never passes the filter (char literals such as '"' shift quotes).
        .flat_map(|s| s.split('"'))
        .filter(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        .collect();
    words.extend(["", "x", "mayday", "days1", "q5", "qq", "ya", "thursdaysx"]);
    words.sort_unstable();
    words.dedup();
    words
}

#[test]
fn word_sets_agree_with_the_lexicon() {
    use super::lexicon::{self, ANCHOR_WORDS, START_WORDS};
    let words = source_words();
    assert!(words.len() > 200, "{}", words.len());
    for w in words {
        let anchor = lexicon::month_full(w).is_some()
            || lexicon::month_abbr(w).is_some()
            || lexicon::weekday(w).is_some()
            || lexicon::weekday_plural(w)
            || lexicon::unit(w).is_some()
            || lexicon::part_of_day(w)
            || lexicon::season(w)
            || lexicon::frequency_word(w)
            || matches!(
                w,
                "today"
                    | "tonight"
                    | "yesterday"
                    | "tomorrow"
                    | "weekend"
                    | "weekends"
                    | "ago"
                    | "later"
                    | "earlier"
                    | "quarter"
                    | "quarters"
                    | "fortnight"
                    | "midnight"
                    | "noon"
                    | "eve"
                    | "q1"
                    | "q2"
                    | "q3"
                    | "q4"
            );
        assert_eq!(ANCHOR_WORDS.contains(w), anchor, "{w:?}");
        if lexicon::number_word(w).is_some()
            || lexicon::qualifier(w)
            || lexicon::vague_count(w)
            || lexicon::quarter_ordinal(w).is_some()
        {
            assert!(ANCHOR_WORDS.contains(w) || START_WORDS.contains(w), "{w:?}");
        }
        assert!(!START_WORDS.contains(w) || !anchor, "{w:?} in both sets");
    }
}
