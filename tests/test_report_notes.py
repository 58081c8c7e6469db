"""How a claim's reporting is told in the reports (crosscheck.report._notes)."""
from crosscheck.report._notes import reporting_note


def test_a_tally_over_a_window_says_so_with_its_window():
    note = reporting_note({"source": "the network", "event": "period:خلال مارس", "time_role": "current"})
    assert note == 'source: the network · a tally over a window ("خلال مارس")'


def test_a_second_event_and_a_running_count():
    note = reporting_note({"event": "second", "cue": "another quake", "running": True})
    assert note == 'a second event ("another quake") · worded as a running count'
    assert reporting_note({"time_role": "current", "status": "asserted"}) == ""
