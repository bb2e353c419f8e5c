-- DropTable
DROP TABLE "SignInFailure";
