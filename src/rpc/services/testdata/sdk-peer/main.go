// sdk-peer speaks Packer's plugin protocol with the current packer-plugin-sdk rpc package.
//
//	sdk-peer drive <socket> <dir>   yamux client: drives the TS Ui/Artifact/Communicator/Hook
//	                                servers registered on the TS side's broker id 0
//	sdk-peer serve <socket> <dir>   yamux server: serves Go Ui/Artifact/Communicator/Hook on
//	                                id 0 for the TS clients
//
// Results go to stdout as JSON lines {"step": ..., "value": ...}; the test asserts them.
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
	sdkrpc "github.com/hashicorp/packer-plugin-sdk/rpc"
)

type reporter struct {
	mu  sync.Mutex
	enc *json.Encoder
}

func (r *reporter) line(step string, value interface{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.enc.Encode(map[string]interface{}{"step": step, "value": plain(value)}); err != nil {
		log.Fatalf("report %s: %v", step, err)
	}
}

// plain turns msgpack's map[interface{}]interface{} into JSON-encodable maps, as Packer's
// CastDataToMap does for generated data.
func plain(v interface{}) interface{} {
	switch t := v.(type) {
	case map[interface{}]interface{}:
		out := make(map[string]interface{}, len(t))
		for k, e := range t {
			out[fmt.Sprint(k)] = plain(e)
		}
		return out
	case map[string]interface{}:
		out := make(map[string]interface{}, len(t))
		for k, e := range t {
			out[k] = plain(e)
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(t))
		for i, e := range t {
			out[i] = plain(e)
		}
		return out
	default:
		return v
	}
}

func pattern(n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = byte((i*31 + 7) % 251)
	}
	return out
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func errText(err error) interface{} {
	if err == nil {
		return nil
	}
	return err.Error()
}

func main() {
	if len(os.Args) != 4 {
		log.Fatalf("usage: sdk-peer drive|serve <socket> <dir>")
	}
	conn, err := net.Dial("unix", os.Args[2])
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	r := &reporter{enc: json.NewEncoder(os.Stdout)}
	switch os.Args[1] {
	case "drive":
		drive(conn, r, os.Args[3])
	case "serve":
		serve(conn, r)
	default:
		log.Fatalf("unknown mode %q", os.Args[1])
	}
}

// drive calls every TS service through the SDK's own clients.
func drive(conn net.Conn, r *reporter, dir string) {
	client, err := sdkrpc.NewClient(conn)
	if err != nil {
		log.Fatalf("client: %v", err)
	}
	ui := client.Ui()
	ui.Say("hello")
	ui.Message("detail")
	ui.Error("oops")
	ui.Machine("artifact", "0", "id", "x")
	answer, err := ui.Ask("name?")
	r.line("ask", []interface{}{answer, errText(err)})
	tracked := ui.TrackProgress("upload.txt", 0, 10, io.NopCloser(bytes.NewReader([]byte("0123456789"))))
	read, _ := io.ReadAll(tracked)
	r.line("track", []interface{}{string(read), errText(tracked.Close())})

	art := client.Artifact()
	r.line("artifact", []interface{}{art.BuilderId(), art.Files(), art.Id(), art.String(), art.State("generated_data"), art.State("nothing"), errText(art.Destroy())})

	comm := client.Communicator()
	data := pattern(1 << 20)
	var out, errOut bytes.Buffer
	cmd := &packersdk.RemoteCmd{Command: "cat; echo done >&2", Stdin: bytes.NewReader(data), Stdout: &out, Stderr: &errOut}
	err = cmd.RunWithUi(context.Background(), comm, ui)
	r.line("cat", []interface{}{errText(err), cmd.ExitStatus(), digest(out.Bytes()), errOut.String()})
	for _, status := range []string{"0", "3", "255"} {
		cmd := &packersdk.RemoteCmd{Command: "exit " + status}
		err := comm.Start(context.Background(), cmd)
		r.line("exit "+status, []interface{}{errText(err), cmd.Wait()})
	}
	up := filepath.Join(dir, "up.bin")
	src := filepath.Join(dir, "src.bin")
	_ = os.WriteFile(src, data, 0o640)
	fi, _ := os.Stat(src)
	err = comm.Upload(up, bytes.NewReader(data), &fi)
	r.line("upload", errText(err))
	var down bytes.Buffer
	err = comm.Download(up, &down)
	r.line("download", []interface{}{errText(err), digest(down.Bytes())})
	r.line("download missing", errText(comm.Download(filepath.Join(dir, "missing"), io.Discard)))
	r.line("uploaddir", errText(comm.UploadDir(filepath.Join(dir, "copy"), filepath.Join(dir, "tree")+"/", nil)))

	hook := client.Hook()
	err = hook.Run(context.Background(), packersdk.HookProvision, recordingUi{r}, localComm{}, map[string]interface{}{"ID": "abc", "Port": 22})
	r.line("hook", errText(err))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	err = hook.Run(ctx, "wait-for-cancel", recordingUi{r}, localComm{}, nil)
	r.line("hook cancel", errText(err))
	r.line("end", nil)
	_ = client.Close()
}

type goArtifact struct{ r *reporter }

func (goArtifact) BuilderId() string { return "go.builder" }
func (goArtifact) Files() []string   { return []string{"a", "b"} }
func (goArtifact) Id() string        { return "go-id" }
func (goArtifact) String() string    { return "a Go artifact" }
func (goArtifact) State(name string) interface{} {
	if name == "generated_data" {
		return map[string]interface{}{"Port": 22, "Host": "h"}
	}
	return nil
}
func (a goArtifact) Destroy() error { a.r.line("destroy", nil); return nil }

// goHook provisions through the Ui and Communicator the TS side serves.
type goHook struct{ r *reporter }

func (h goHook) Run(ctx context.Context, name string, ui packersdk.Ui, comm packersdk.Communicator, data interface{}) error {
	h.r.line("hook run", []interface{}{name, data})
	if name == "wait-for-cancel" {
		<-ctx.Done()
		return ctx.Err()
	}
	ui.Say("from go hook")
	answer, err := ui.Ask("really?")
	h.r.line("hook ask", []interface{}{answer, errText(err)})
	var out bytes.Buffer
	cmd := &packersdk.RemoteCmd{Command: "cat; exit 4", Stdin: bytes.NewReader(pattern(1 << 20)), Stdout: &out}
	if err := comm.Start(ctx, cmd); err != nil {
		return err
	}
	h.r.line("hook cmd", []interface{}{cmd.Wait(), digest(out.Bytes())})
	dir, _ := plain(data).(map[string]interface{})["dir"].(string)
	err = comm.Upload(filepath.Join(dir, "from-go.txt"), bytes.NewReader([]byte("go upload")), nil)
	h.r.line("hook upload", errText(err))
	var down bytes.Buffer
	err = comm.Download(filepath.Join(dir, "from-go.txt"), &down)
	h.r.line("hook download", []interface{}{errText(err), down.String()})
	tracked := ui.TrackProgress("x", 0, 3, io.NopCloser(bytes.NewReader([]byte("abc"))))
	_, _ = io.ReadAll(tracked)
	_ = tracked.Close()
	return nil
}

// serve registers the SDK's servers over Go implementations on id 0, one stream at a time.
func serve(conn net.Conn, r *reporter) {
	server, err := sdkrpc.NewServer(conn)
	if err != nil {
		log.Fatalf("server: %v", err)
	}
	_ = server.RegisterUi(recordingUi{r})
	_ = server.RegisterArtifact(goArtifact{r})
	_ = server.RegisterCommunicator(localComm{})
	_ = server.RegisterHook(goHook{r})
	r.line("serving", nil)
	for i := 0; i < 4; i++ {
		go func() {
			for {
				server.Serve()
			}
		}()
	}
	select {}
}
