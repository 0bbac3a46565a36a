package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
)

// localComm runs commands on this machine: the Go-side stand-in for a builder's communicator.
type localComm struct{}

func (localComm) Start(_ context.Context, rc *packersdk.RemoteCmd) error {
	cmd := exec.Command("/bin/sh", "-c", rc.Command)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = rc.Stdin, rc.Stdout, rc.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() {
		err := cmd.Wait()
		status := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			status = exit.ExitCode()
		} else if err != nil {
			status = 1
		}
		rc.SetExited(status)
	}()
	return nil
}

func (localComm) Upload(path string, r io.Reader, fi *os.FileInfo) error {
	mode := os.FileMode(0o644)
	if fi != nil {
		mode = (*fi).Mode().Perm()
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, r)
	return err
}

func (localComm) Download(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

func copyDir(src, dst string, exclude []string) error {
	return filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		for _, e := range exclude {
			if rel == e {
				return nil
			}
		}
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, info.Mode().Perm())
	})
}

func (localComm) UploadDir(dst, src string, exclude []string) error {
	if !strings.HasSuffix(src, "/") {
		return fmt.Errorf("sdk-peer only copies directory contents (trailing slash), got %q", src)
	}
	return copyDir(src, dst, exclude)
}

func (localComm) DownloadDir(src, dst string, exclude []string) error {
	return localComm{}.UploadDir(dst, src, exclude)
}

// recordingUi prints every call as a report line.
type recordingUi struct{ r *reporter }

func (u recordingUi) Ask(q string) (string, error)            { u.r.line("ui.ask", q); return "answer to " + q, nil }
func (u recordingUi) Askf(q string, a ...any) (string, error) { return u.Ask(fmt.Sprintf(q, a...)) }
func (u recordingUi) Say(m string)                            { u.r.line("ui.say", m) }
func (u recordingUi) Sayf(m string, a ...any)                 { u.Say(fmt.Sprintf(m, a...)) }
func (u recordingUi) Message(m string)                        { u.r.line("ui.message", m) }
func (u recordingUi) Error(m string)                          { u.r.line("ui.error", m) }
func (u recordingUi) Errorf(m string, a ...any)               { u.Error(fmt.Sprintf(m, a...)) }
func (u recordingUi) Machine(t string, args ...string)        { u.r.line("ui.machine", append([]string{t}, args...)) }
func (u recordingUi) TrackProgress(_ string, _, _ int64, s io.ReadCloser) io.ReadCloser {
	return s
}
