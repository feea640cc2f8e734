package query

import (
	"slices"
	"testing"
	"time"
)

func mustHour(t testing.TB, s string) time.Time {
	t.Helper()
	h, err := time.Parse(HourLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestParseHour(t *testing.T) {
	now := time.Date(2026, 11, 23, 21, 34, 5, 0, time.UTC)
	f := func(s string, end bool, want string) {
		t.Helper()
		got, err := ParseHour(s, end, now)
		if want == "error" {
			if err == nil {
				t.Errorf("ParseHour(%q) = %v, want an error", s, got)
			}
			return
		}
		if err != nil {
			t.Errorf("ParseHour(%q): %v", s, err)
			return
		}
		if g := got.Format(HourLayout); g != want || got.Location() != time.UTC {
			t.Errorf("ParseHour(%q, %v) = %s (%v), want %s UTC", s, end, g, got.Location(), want)
		}
	}
	f("2026-11-20T00", false, "2026-11-20T00")
	f("2026-11-23T12", true, "2026-11-23T12")
	f("2026-11-20", false, "2026-11-20T00")
	f("2026-11-20", true, "2026-11-20T23")
	f("2026-11-20T05:59:59+02:00", false, "2026-11-20T03")
	f("now", false, "2026-11-23T21")
	f("2026-11-20T24", false, "error")
	f("today", false, "2026-11-23T00")
	f("today", true, "2026-11-23T23")
	f("yesterday", false, "2026-11-22T00")
	f("yesterday", true, "2026-11-22T23")
	f("-1h", false, "2026-11-23T20")
	f("-1h", true, "2026-11-23T20")
	f("-30m", false, "2026-11-23T21")
	f("-35m", false, "2026-11-23T20")
	f("-7d", false, "2026-11-16T21")
	f("-2w", false, "2026-11-09T21")
	f("-0h", false, "2026-11-23T21")
	f("-1y", false, "error")
	f("-h", false, "error")
	f("--1h", false, "error")
	f("-+1h", false, "error")
	f("1h", false, "error")
	f("-99999999999d", false, "error")
	f("", false, "error")
}

func TestRangePrefixes(t *testing.T) {
	got := rangePrefixes("logs", "access", "cdn", mustHour(t, "2026-11-20T22"), mustHour(t, "2026-11-23T01"))
	want := []string{
		"logs/class=access/topic=cdn/dt=2026-11-20/hour=22/",
		"logs/class=access/topic=cdn/dt=2026-11-20/hour=23/",
		"logs/class=access/topic=cdn/dt=2026-11-21/",
		"logs/class=access/topic=cdn/dt=2026-11-22/",
		"logs/class=access/topic=cdn/dt=2026-11-23/hour=00/",
		"logs/class=access/topic=cdn/dt=2026-11-23/hour=01/",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rangePrefixes:\n got %q\nwant %q", got, want)
	}
	got = rangePrefixes("", "a", "t", mustHour(t, "2026-11-20T00"), mustHour(t, "2026-11-20T23"))
	if want := []string{"class=a/topic=t/dt=2026-11-20/"}; !slices.Equal(got, want) {
		t.Errorf("one whole day: got %q, want %q", got, want)
	}
	got = rangePrefixes("", "a", "t", mustHour(t, "2026-11-20T05"), mustHour(t, "2026-11-20T05"))
	if want := []string{"class=a/topic=t/dt=2026-11-20/hour=05/"}; !slices.Equal(got, want) {
		t.Errorf("one hour: got %q, want %q", got, want)
	}
}
