// Package testfault holds the hooks through which tests make a part of
// redactd fail the way a bug would. Production code only reads them; they
// are nil outside tests, and a nil hook costs one load and one test.
package testfault

// Redact, when set, runs before the engine redacts each record (redact's
// Redactor.Redact): a test panics in it to check that a record the engine
// fails on is quarantined as engine_error, by the engine and by the
// pipeline's dead-letter path. Set it before the code under test starts
// and clear it after it stops: it is read without synchronisation.
var Redact func(src []byte)
