//! X.509 times (RFC 5280 §4.1.2.5): UTCTime and GeneralizedTime read as OpenSSL reads
//! them, to Unix seconds, and Unix seconds written as the report's RFC 3339 form.

use crate::der::Tlv;

/// Reads a UTCTime or GeneralizedTime as OpenSSL's `ossl_asn1_time_to_tm` does
/// (non-strict mode): seconds optional, `Z` or a `±hhmm` offset (hours ≤ 12; a non-zero
/// offset must not move the time out of the years 1900–9999), GeneralizedTime
/// fractions of a second (dropped). Unix seconds.
pub(super) fn parse_time(t: &Tlv<'_>) -> Option<i64> {
    let utc = match t.tag {
        0x17 => true,
        0x18 => false,
        _ => return None,
    };
    let a = t.content;
    // Fields as two-digit pairs: GeneralizedTime has the century first.
    let (end, min_len) = if utc { (6, 11) } else { (7, 13) };
    if a.len() < min_len {
        return None;
    }
    let mut fields = [0u32; 9]; // century, year, month, day, hour, minute, second, off h, off m
    const MIN: [u32; 9] = [0, 0, 1, 1, 0, 0, 0, 0, 0];
    const MAX: [u32; 9] = [99, 99, 12, 31, 23, 59, 59, 12, 59];
    let digit = |i: usize| -> Option<u32> {
        let b = *a.get(i)?;
        b.is_ascii_digit().then(|| u32::from(b - b'0'))
    };
    let mut o = 0usize;
    for i in 0..end {
        let slot = if utc { i + 1 } else { i };
        // The seconds may be left out.
        if slot == 6 && matches!(a.get(o), Some(b'Z' | b'+' | b'-')) {
            break;
        }
        let n = digit(o)? * 10 + digit(o + 1)?;
        o += 2;
        if o >= a.len() || n < MIN[slot] || n > MAX[slot] {
            return None;
        }
        fields[slot] = n;
    }
    if !utc && a.get(o) == Some(&b'.') {
        o += 1;
        let start = o;
        while a.get(o).is_some_and(u8::is_ascii_digit) {
            o += 1;
        }
        if o == start || o >= a.len() {
            return None;
        }
    }
    let mut offset: i64 = 0;
    match a.get(o) {
        Some(b'Z') => o += 1,
        Some(&sign @ (b'+' | b'-')) => {
            o += 1;
            if o + 4 != a.len() {
                return None;
            }
            let h = digit(o)? * 10 + digit(o + 1)?;
            let m = digit(o + 2)? * 10 + digit(o + 3)?;
            if h > MAX[7] || m > MAX[8] {
                return None;
            }
            o += 4;
            offset = i64::from(h * 3600 + m * 60);
            if sign == b'+' {
                offset = -offset;
            }
        }
        _ => return None,
    }
    if o != a.len() {
        return None;
    }
    let year = if utc {
        let y = fields[1];
        if y < 50 { 2000 + y } else { 1900 + y }
    } else {
        fields[0] * 100 + fields[1]
    };
    let month = time::Month::try_from(u8::try_from(fields[2]).ok()?).ok()?;
    let date = time::Date::from_calendar_date(
        i32::try_from(year).ok()?,
        month,
        u8::try_from(fields[3]).ok()?,
    )
    .ok()?;
    let secs = (i64::from(date.to_julian_day()) - 2_440_588) * 86_400
        + i64::from(fields[4] * 3600 + fields[5] * 60 + fields[6]);
    if offset == 0 {
        return Some(secs);
    }
    // OPENSSL_gmtime_adj refuses results outside the years 1900 to 9999.
    const YEAR_1900: i64 = -2_208_988_800;
    const END_OF_9999: i64 = 253_402_300_799;
    Some(secs + offset).filter(|t| (YEAR_1900..=END_OF_9999).contains(t))
}

/// `YYYY-MM-DDTHH:MM:SSZ` for Unix seconds; times outside years 0–9999 are clamped.
pub(crate) fn format_time(unix_seconds: i64) -> String {
    const MIN: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
    const MAX: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
    let t = unix_seconds.clamp(MIN, MAX);
    let (days, secs) = (t.div_euclid(86_400), t.rem_euclid(86_400));
    // Julian day 2,440,588 is 1970-01-01; the clamp keeps it in `Date`'s range.
    let date = i32::try_from(days + 2_440_588)
        .ok()
        .and_then(|jd| time::Date::from_julian_day(jd).ok())
        .unwrap_or(time::Date::MIN);
    let (year, month, day) = date.to_calendar_date();
    let year = u32::try_from(year).unwrap_or(0);
    let secs = u32::try_from(secs).unwrap_or(0);
    let digit = |v: u32| b'0' + u8::try_from(v % 10).unwrap_or(0);
    let pair = |v: u32| [digit(v / 10), digit(v)];
    let [y0, y1] = pair(year / 100);
    let [y2, y3] = pair(year % 100);
    let [mo0, mo1] = pair(u32::from(u8::from(month)));
    let [d0, d1] = pair(u32::from(day));
    let [h0, h1] = pair(secs / 3600);
    let [mi0, mi1] = pair(secs / 60 % 60);
    let [s0, s1] = pair(secs % 60);
    let buf = [
        y0, y1, y2, y3, b'-', mo0, mo1, b'-', d0, d1, b'T', h0, h1, b':', mi0, mi1, b':', s0, s1,
        b'Z',
    ];
    // ASCII digits and separators only: one copy, not a push per char.
    std::str::from_utf8(&buf).unwrap_or_default().to_owned()
}
