-- Idempotency-Key: which object a caller's first request with a key created. A retry with the same
-- key and body gets that object again instead of creating a second one. Only the object's id is
-- kept, never a response body (an invitation's response carries its link).
CREATE TABLE idempotent_requests (
    caller_id    VARCHAR(40)  NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    result_id    VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller_id, idem_key)
);

CREATE INDEX idempotent_requests_created ON idempotent_requests (created_at);
