-- A respondent's reference is not an answer: anonymising a customer replaces it, even after the round has closed.
DROP TRIGGER "PerceptionResponse_round_open" ON "PerceptionResponse";

CREATE TRIGGER "PerceptionResponse_round_open"
BEFORE INSERT OR UPDATE OF "roundId", "tenure", "method", "collectedOn", "hadRepair", "complained", "hasCommunalAreas", "tp01", "tp02", "tp03", "tp04", "tp05", "tp06", "tp07", "tp08", "tp09", "tp10", "tp11", "tp12", "arc1", "arc2", "arc5" ON "PerceptionResponse"
FOR EACH ROW EXECUTE FUNCTION "perception_response_round_open"();
