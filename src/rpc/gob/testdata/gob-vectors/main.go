// gob-vectors prints, one JSON object per line, what Go's encoding/gob writes for the
// structs the TypeScript gob subset must read, and decodes streams the TypeScript side
// encoded (hex on stdin, one per line) as CommandFinished.
package main

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
)

type CommandFinished struct {
	ExitStatus int
}

// Same name, more fields in another order: a decoder must go by field name.
type wideFinished struct {
	Signal     int
	Attempts   uint
	ExitStatus int
	Retries    int
}

type withString struct {
	ExitStatus int
	Note       string
}

type vector struct {
	Name string `json:"name"`
	Hex  string `json:"hex"`
}

func encode(name string, typeName string, v interface{}) vector {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	_ = typeName
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return vector{Name: name, Hex: hex.EncodeToString(buf.Bytes())}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "decode" {
		scan := bufio.NewScanner(os.Stdin)
		scan.Buffer(make([]byte, 1<<20), 1<<20)
		for scan.Scan() {
			raw, err := hex.DecodeString(scan.Text())
			if err != nil {
				fmt.Println("error:", err)
				continue
			}
			var f CommandFinished
			if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&f); err != nil {
				fmt.Println("error:", err)
				continue
			}
			fmt.Println(f.ExitStatus)
		}
		return
	}
	out := json.NewEncoder(os.Stdout)
	for _, status := range []int{0, 1, 3, 123, 255, -1, 1 << 40} {
		_ = out.Encode(encode(fmt.Sprint(status), "CommandFinished", &CommandFinished{ExitStatus: status}))
	}
	_ = out.Encode(encode("wide", "wideFinished", &wideFinished{Signal: 9, Attempts: 300, ExitStatus: 42, Retries: -5}))
	_ = out.Encode(encode("string", "withString", &withString{ExitStatus: 1, Note: "x"}))
	_ = out.Encode(encode("slice", "[]int", []int{1, 2}))
	_ = out.Encode(encode("map", "map", map[string]int{"ExitStatus": 1}))
}
