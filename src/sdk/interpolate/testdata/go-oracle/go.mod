module goracle

go 1.21
