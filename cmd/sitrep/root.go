package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes are an API: 0 all good, 1 some inputs failed, 2 usage or
// configuration error. They are mapped here and nowhere else.
const (
	exitOK     = 0
	exitInputs = 1
	exitConfig = 2
)

// inputsFailedError reports that some inputs could not be read; their
// errors were already printed and the other records written.
type inputsFailedError struct{ n int }

func (e *inputsFailedError) Error() string { return fmt.Sprintf("%d input(s) failed", e.n) }

// mismatchError reports regression-suite mismatches.
type mismatchError struct{ n int }

func (e *mismatchError) Error() string { return fmt.Sprintf("%d mismatch(es)", e.n) }

// ioStreams are the injected standard streams.
type ioStreams struct {
	In          io.Reader
	Out, ErrOut io.Writer
	// ErrIsTerminal says whether stderr is a terminal (progress bar).
	ErrIsTerminal bool
}

func systemStreams() ioStreams {
	return ioStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
}

// Main runs sitrep with os.Args and returns the exit code.
func Main() int { return run(os.Args[1:], systemStreams()) }

func run(args []string, ios ioStreams) int {
	root := newRootCmd(ios)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var inputs *inputsFailedError
	var mism *mismatchError
	switch {
	case errors.As(err, &inputs):
		fmt.Fprintf(ios.ErrOut, "sitrep: %v\n", err)
		return exitInputs
	case errors.As(err, &mism):
		fmt.Fprintf(ios.ErrOut, "sitrep: %v\n", err)
		return exitInputs
	default:
		fmt.Fprintf(ios.ErrOut, "sitrep: %v\n", err)
		return exitConfig
	}
}

func newRootCmd(ios ioStreams) *cobra.Command {
	root := &cobra.Command{
		Use:           "sitrep",
		Short:         "Turn news articles about political violence into incident records",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.AddCommand(newCmdExtract(ios), newCmdTest(ios), newCmdGazetteer(ios))
	return root
}
