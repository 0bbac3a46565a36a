module image-build/gob-vectors

go 1.21
